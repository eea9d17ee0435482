/** The one list of content collections. Routes, the CMS config and the tests derive from it. */
export const collectionNames = ['news', 'master-classes', 'projects', 'regions', 'pages'] as const;
export type CollectionName = (typeof collectionNames)[number];
