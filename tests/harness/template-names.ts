export const TEMPLATE_EMPTY = 'ceg_test_template';
export const TEMPLATE_SEEDED = 'ceg_test_template_seeded';
