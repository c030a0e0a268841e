import { useTranslations } from 'next-intl';
import type { TImage } from '@dastiyor/contracts';

/**
 * Portfolio photos as a grid of `medium` variants (960 px: sharp on a phone's 2–3× screen at a third of
 * the width), loaded lazily; each opens the large one. width/height reserve the space before they arrive.
 */
export function PortfolioGallery({ photos, name }: { photos: TImage[]; name: string }) {
  const t = useTranslations('ProviderProfile');
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <a href={photo.large} className="block overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
            <img
              src={photo.medium}
              alt={t('portfolioAlt', { name, number: index + 1 })}
              width={photo.width}
              height={photo.height}
              loading="lazy"
              decoding="async"
              className="aspect-square w-full object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
