export { GUIDE } from './content/index.js';
export { chineseNumber, citation, LAWS, type LawCode } from './laws.js';
export { localizeLeaf, localizeTree, type GuideLocale, type LocalGuide, type LocalLeaf, type LocalLeafHead, type LocalNode, type LocalQuestion } from './localize.js';
export * from './types.js';
export { checkGuide, followTrail, GUIDE_MAX_DEPTH, indexGuide, leafPaths, leaves, questions, type Trail } from './walker.js';
