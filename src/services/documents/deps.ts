import type { DocumentRepository } from '../../repositories/document-repository.js';
import type { CaseDeps } from '../cases/deps.js';

/** What the document use cases need: the case engine and the document tables. */
export interface DocumentDeps extends CaseDeps {
  documents: DocumentRepository;
}
