// Plain values of the admin-content contract, with no zod: the web's browser code imports them from
// `@dastiyor/contracts/values` without pulling any schema into its bundle.

/** Icon names the web draws (components/icons/category-icon.tsx). */
export const CategoryIconName = [
  'repair',
  'plumbing',
  'cleaning',
  'moving',
  'courier',
  'appliance',
  'computer',
  'beauty',
  'tutor',
  'event',
  'design',
  'auto',
  'garden',
  'business',
] as const;

export const categorySlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
