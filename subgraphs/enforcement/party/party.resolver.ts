import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { PersonalData, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Merchant } from './merchant.entity';
import { PartyRegistrationService } from './party-registration.service';
import { RegisterMerchantInput, RegisterMerchantPayload, RegisterPersonInput, RegisterPersonPayload } from './party.inputs';
import { PartyService } from './party.service';
import { Person } from './person.entity';

@Resolver(() => Merchant)
export class MerchantResolver {
  @Query(() => Merchant, { description: '商户 — one merchant by id (officers, supervisors, ADMIN)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  merchant(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyService).merchant(id);
  }

  @Mutation(() => RegisterMerchantPayload, { description: '登记商户 — register a merchant party (a known credit code returns the existing one)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  registerMerchant(@Arg('input', () => RegisterMerchantInput) input: RegisterMerchantInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyRegistrationService).registerMerchant(input);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 — masked (138****5678) except for the case officers and ADMIN' })
  @PersonalData()
  operatorPhone(@Root() m: Merchant, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyService).phone(m.id, m.operatorPhone, 'Merchant');
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @Mutation(() => RegisterPersonPayload, { description: '登记自然人当事人 — register a person party (a known ID number returns the existing one)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyRegistrationService).registerPerson(input);
  }

  @FieldResolver(() => String, { description: '身份证号 — masked (110***********1234) except for the case officers and ADMIN' })
  @PersonalData()
  idNumber(@Root() p: Person, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyService).idNumber(p.id, p.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 — masked (138****5678) except for the case officers and ADMIN' })
  @PersonalData()
  phone(@Root() p: Person, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PartyService).phone(p.id, p.phone, 'Person');
  }
}
