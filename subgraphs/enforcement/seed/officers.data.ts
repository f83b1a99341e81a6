import { demoBadge, demoOfficerName } from '../../../kernel/demo/demo-roster';
import { OfficerPosition } from '../officer/officer-enums';

export interface OfficerSeed {
  badge: string;
  name: string;
  unitKey: string;
  position: OfficerPosition;
  hiredOn: string;
  phone: string;
}

/** 3 officers per squad (a leader, a legal officer in the first squads, members), plus brigade and bureau leaders. */
export function officerSeeds(squadKeys: string[]): OfficerSeed[] {
  const out: OfficerSeed[] = [];
  const add = (unitKey: string, position: OfficerPosition) => {
    const i = out.length;
    out.push({
      badge: demoBadge(i),
      name: demoOfficerName(i),
      unitKey,
      position,
      hiredOn: `${2008 + ((i * 5) % 18)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      phone: `1385790${String(1000 + i * 37).slice(-4)}`,
    });
  };
  add('bureau', OfficerPosition.BUREAU_LEADER);
  add('urban', OfficerPosition.BRIGADE_LEADER);
  add('towns', OfficerPosition.BRIGADE_LEADER);
  for (const [n, key] of squadKeys.entries()) {
    add(key, OfficerPosition.SQUAD_LEADER);
    add(key, n < 4 ? OfficerPosition.LEGAL_OFFICER : OfficerPosition.MEMBER);
    add(key, OfficerPosition.MEMBER);
  }
  return out;
}
