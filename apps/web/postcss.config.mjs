// Tailwind 4 runs as a single PostCSS plugin; it finds class names in src/ on its own.
export default {
  plugins: { '@tailwindcss/postcss': {} },
};
