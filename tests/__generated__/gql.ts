/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExemptViolationTypes($first: Int!) {\n  violationTypes(first: $first, filter: {onExemptionList: true}) {\n    totalCount\n    edges {\n      node {\n        code\n        nameZh\n        category\n        legalBasisLaw\n        legalBasisArticle\n        fineMinYuan\n        fineMaxYuan\n        exemptionConditions\n      }\n    }\n  }\n}\n\nquery GridCells($first: Int!, $after: String) {\n  gridCells(first: $first, after: $after) {\n    edges {\n      node {\n        code\n        name\n        street\n        community\n        unit {\n          shortName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ExemptViolationTypesDocument,
    "query Courses($first: Int!) {\n  courses(first: $first) {\n    totalCount\n    edges {\n      node {\n        code\n        title\n        category\n        creditHours\n      }\n    }\n  }\n}": typeof types.CoursesDocument,
    "query OfficerRoster($first: Int!, $after: String) {\n  officers(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        badgeNumber\n        name\n        position\n        phone\n        unit {\n          id\n          shortName\n          parent {\n            shortName\n          }\n        }\n        grids {\n          code\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery OfficerProfile($id: ID!, $year: Int!) {\n  officer(id: $id) {\n    id\n    name\n    badgeNumber\n    unit {\n      name\n    }\n    trainingHours(year: $year) {\n      year\n      totalHours\n      requiredHours\n      met\n      byCategory {\n        category\n        hours\n      }\n    }\n  }\n}": typeof types.OfficerRosterDocument,
    "mutation SubmitReport($input: SubmitReportInput!) {\n  submitReport(input: $input) {\n    report {\n      id\n      trackingCode\n      status\n      category\n    }\n  }\n}\n\nquery TrackReport($trackingCode: String!) {\n  trackReport(trackingCode: $trackingCode) {\n    trackingCode\n    status\n    submittedAt\n    grid {\n      code\n      name\n    }\n  }\n}\n\nquery ReportDesk($first: Int!, $year: Int!) {\n  reports(first: $first) {\n    edges {\n      node {\n        trackingCode\n        status\n        category\n        grid {\n          code\n          name\n          unit {\n            shortName\n          }\n          responsibleOfficer {\n            name\n          }\n        }\n        assignedOfficer {\n          name\n          badgeNumber\n          trainingHours(year: $year) {\n            totalHours\n            met\n          }\n        }\n      }\n    }\n  }\n}": typeof types.SubmitReportDocument,
};
const documents: Documents = {
    "query ExemptViolationTypes($first: Int!) {\n  violationTypes(first: $first, filter: {onExemptionList: true}) {\n    totalCount\n    edges {\n      node {\n        code\n        nameZh\n        category\n        legalBasisLaw\n        legalBasisArticle\n        fineMinYuan\n        fineMaxYuan\n        exemptionConditions\n      }\n    }\n  }\n}\n\nquery GridCells($first: Int!, $after: String) {\n  gridCells(first: $first, after: $after) {\n    edges {\n      node {\n        code\n        name\n        street\n        community\n        unit {\n          shortName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ExemptViolationTypesDocument,
    "query Courses($first: Int!) {\n  courses(first: $first) {\n    totalCount\n    edges {\n      node {\n        code\n        title\n        category\n        creditHours\n      }\n    }\n  }\n}": types.CoursesDocument,
    "query OfficerRoster($first: Int!, $after: String) {\n  officers(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        badgeNumber\n        name\n        position\n        phone\n        unit {\n          id\n          shortName\n          parent {\n            shortName\n          }\n        }\n        grids {\n          code\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery OfficerProfile($id: ID!, $year: Int!) {\n  officer(id: $id) {\n    id\n    name\n    badgeNumber\n    unit {\n      name\n    }\n    trainingHours(year: $year) {\n      year\n      totalHours\n      requiredHours\n      met\n      byCategory {\n        category\n        hours\n      }\n    }\n  }\n}": types.OfficerRosterDocument,
    "mutation SubmitReport($input: SubmitReportInput!) {\n  submitReport(input: $input) {\n    report {\n      id\n      trackingCode\n      status\n      category\n    }\n  }\n}\n\nquery TrackReport($trackingCode: String!) {\n  trackReport(trackingCode: $trackingCode) {\n    trackingCode\n    status\n    submittedAt\n    grid {\n      code\n      name\n    }\n  }\n}\n\nquery ReportDesk($first: Int!, $year: Int!) {\n  reports(first: $first) {\n    edges {\n      node {\n        trackingCode\n        status\n        category\n        grid {\n          code\n          name\n          unit {\n            shortName\n          }\n          responsibleOfficer {\n            name\n          }\n        }\n        assignedOfficer {\n          name\n          badgeNumber\n          trainingHours(year: $year) {\n            totalHours\n            met\n          }\n        }\n      }\n    }\n  }\n}": types.SubmitReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExemptViolationTypes($first: Int!) {\n  violationTypes(first: $first, filter: {onExemptionList: true}) {\n    totalCount\n    edges {\n      node {\n        code\n        nameZh\n        category\n        legalBasisLaw\n        legalBasisArticle\n        fineMinYuan\n        fineMaxYuan\n        exemptionConditions\n      }\n    }\n  }\n}\n\nquery GridCells($first: Int!, $after: String) {\n  gridCells(first: $first, after: $after) {\n    edges {\n      node {\n        code\n        name\n        street\n        community\n        unit {\n          shortName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ExemptViolationTypes($first: Int!) {\n  violationTypes(first: $first, filter: {onExemptionList: true}) {\n    totalCount\n    edges {\n      node {\n        code\n        nameZh\n        category\n        legalBasisLaw\n        legalBasisArticle\n        fineMinYuan\n        fineMaxYuan\n        exemptionConditions\n      }\n    }\n  }\n}\n\nquery GridCells($first: Int!, $after: String) {\n  gridCells(first: $first, after: $after) {\n    edges {\n      node {\n        code\n        name\n        street\n        community\n        unit {\n          shortName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Courses($first: Int!) {\n  courses(first: $first) {\n    totalCount\n    edges {\n      node {\n        code\n        title\n        category\n        creditHours\n      }\n    }\n  }\n}"): (typeof documents)["query Courses($first: Int!) {\n  courses(first: $first) {\n    totalCount\n    edges {\n      node {\n        code\n        title\n        category\n        creditHours\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficerRoster($first: Int!, $after: String) {\n  officers(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        badgeNumber\n        name\n        position\n        phone\n        unit {\n          id\n          shortName\n          parent {\n            shortName\n          }\n        }\n        grids {\n          code\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery OfficerProfile($id: ID!, $year: Int!) {\n  officer(id: $id) {\n    id\n    name\n    badgeNumber\n    unit {\n      name\n    }\n    trainingHours(year: $year) {\n      year\n      totalHours\n      requiredHours\n      met\n      byCategory {\n        category\n        hours\n      }\n    }\n  }\n}"): (typeof documents)["query OfficerRoster($first: Int!, $after: String) {\n  officers(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        badgeNumber\n        name\n        position\n        phone\n        unit {\n          id\n          shortName\n          parent {\n            shortName\n          }\n        }\n        grids {\n          code\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery OfficerProfile($id: ID!, $year: Int!) {\n  officer(id: $id) {\n    id\n    name\n    badgeNumber\n    unit {\n      name\n    }\n    trainingHours(year: $year) {\n      year\n      totalHours\n      requiredHours\n      met\n      byCategory {\n        category\n        hours\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReport($input: SubmitReportInput!) {\n  submitReport(input: $input) {\n    report {\n      id\n      trackingCode\n      status\n      category\n    }\n  }\n}\n\nquery TrackReport($trackingCode: String!) {\n  trackReport(trackingCode: $trackingCode) {\n    trackingCode\n    status\n    submittedAt\n    grid {\n      code\n      name\n    }\n  }\n}\n\nquery ReportDesk($first: Int!, $year: Int!) {\n  reports(first: $first) {\n    edges {\n      node {\n        trackingCode\n        status\n        category\n        grid {\n          code\n          name\n          unit {\n            shortName\n          }\n          responsibleOfficer {\n            name\n          }\n        }\n        assignedOfficer {\n          name\n          badgeNumber\n          trainingHours(year: $year) {\n            totalHours\n            met\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["mutation SubmitReport($input: SubmitReportInput!) {\n  submitReport(input: $input) {\n    report {\n      id\n      trackingCode\n      status\n      category\n    }\n  }\n}\n\nquery TrackReport($trackingCode: String!) {\n  trackReport(trackingCode: $trackingCode) {\n    trackingCode\n    status\n    submittedAt\n    grid {\n      code\n      name\n    }\n  }\n}\n\nquery ReportDesk($first: Int!, $year: Int!) {\n  reports(first: $first) {\n    edges {\n      node {\n        trackingCode\n        status\n        category\n        grid {\n          code\n          name\n          unit {\n            shortName\n          }\n          responsibleOfficer {\n            name\n          }\n        }\n        assignedOfficer {\n          name\n          badgeNumber\n          trainingHours(year: $year) {\n            totalHours\n            met\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;