/** The URL of the CMS bundle's entry in the built site (src/integrations/cms-bundle.ts). */
declare module 'virtual:ulagat/cms-entry' {
  const url: string;
  export default url;
}
