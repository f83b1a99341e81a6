import { redactGraphQLLiterals, redactSqlLiterals } from './redact';

describe('SQL text in traces', () => {
  it('replaces every string literal (personal data such as phones and names) and keeps the statement shape', () => {
    const sql = `insert into "participation"."volunteer" ("name", "phone", "note", "skills") values ('王志愿', '13900001111', 'it''s fine', E'a\\\\b') returning "id", 3`;
    expect(redactSqlLiterals(sql)).toBe('insert into "participation"."volunteer" ("name", "phone", "note", "skills") values (?, ?, ?, ?) returning "id", 3');
  });

  it('leaves a statement without literals unchanged', () => {
    const sql = 'select "o0".* from "enforcement"."officer" as "o0" where "o0"."id" in ($1, $2) limit 50';
    expect(redactSqlLiterals(sql)).toBe(sql);
  });
});

describe('GraphQL documents in traces', () => {
  it('replaces string and block-string literals, escaped quotes included, and keeps names, numbers and variables', () => {
    const doc =
      'mutation { registerVolunteer(input: { name: "王志愿", phone: "139\\"0000", note: """多行\n说明""", years: 3, gridCode: $grid }) { volunteer { id } } }';
    expect(redactGraphQLLiterals(doc)).toBe(
      'mutation { registerVolunteer(input: { name: "?", phone: "?", note: "?", years: 3, gridCode: $grid }) { volunteer { id } } }',
    );
  });
});
