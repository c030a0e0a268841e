import { useLocale } from 'next-intl';
import type { TCategory, TProviderFields } from '@dastiyor/contracts';

const chipClass = 'rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800';

/**
 * The provider's categories under their parent's name, in catalog order. Without the catalog (it did not
 * load) the chosen names are listed flat: still true, just less tidy.
 */
export function ProviderCategories({ chosen, tree }: { chosen: TProviderFields['categories']; tree: TCategory[] | null }) {
  const locale = useLocale();
  const ids = new Set(chosen.map((c) => c.id));
  const groups = tree
    ?.map((category) => ({
      category,
      whole: ids.has(category.id),
      children: category.children.filter((sub) => ids.has(sub.id)),
    }))
    .filter((group) => group.whole || group.children.length > 0);

  if (!groups || groups.length === 0) {
    return (
      <ul className="flex flex-wrap gap-2">
        {chosen.map((c) => (
          <li key={c.id} className={chipClass}>
            {c.name[locale]}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="space-y-3">
      {groups.map(({ category, children }) => (
        <div key={category.id}>
          <dt className="font-semibold text-slate-900">{category.name[locale]}</dt>
          {children.length > 0 ? (
            <dd className="mt-1.5">
              <ul className="flex flex-wrap gap-2">
                {children.map((sub) => (
                  <li key={sub.id} className={chipClass}>
                    {sub.name[locale]}
                  </li>
                ))}
              </ul>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
