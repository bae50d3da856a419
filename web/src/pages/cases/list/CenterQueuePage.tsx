// 中心队列 (/cases): every case the caller may see.
import { CaseListPage } from './CaseListPage';

export default function CenterQueuePage() {
  return <CaseListPage view="center" />;
}
