// 自助指引 (/portal/guide): a few questions about the problem lead to plain-language
// information on rights and options, then — if still wanted — to filing with the
// category preselected. The answers are kept in the URL (?p=…), nothing is stored.
import { ArrowLeftOutlined, FormOutlined, PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type GuideTree, guideApi } from '../../../api/guide';
import { useLocale } from '../../../i18n';
import { GuideLeafView } from './GuideLeafView';
import { GuideQuestionStep } from './GuideQuestionStep';
import { answerLabel, followTrail, guideLink, parseTrail, TRAIL_PARAM, trailTo } from './guideTrail';
import './guide.css';

/** `?to=<node id>` (e.g. from the filing form's "back to the guide") opens that node with its path. */
const TO_PARAM = 'to';

export default function PortalGuidePage() {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const [tree, setTree] = useState<GuideTree | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    setFailed(false);
    guideApi.tree().then(
      (result) => active && setTree(result),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, [locale, attempt]);

  const trailParam = params.get(TRAIL_PARAM);
  const nodes = useMemo(() => (tree ? followTrail(tree, parseTrail(trailParam)) : []), [tree, trailParam]);
  const ids = nodes.slice(1).map((n) => n.id);

  const go = (next: string[], replace = false) => {
    setParams(next.length ? { [TRAIL_PARAM]: next.join(',') } : {}, { replace });
    window.scrollTo({ top: 0 });
  };

  const to = params.get(TO_PARAM);
  useEffect(() => {
    if (!tree || !to) return;
    const trail = trailTo(tree, to);
    setParams(trail.length ? { [TRAIL_PARAM]: trail.join(',') } : {}, { replace: true });
  }, [tree, to, setParams]);

  const current = nodes.at(-1);

  return (
    <div className="portal-page guide-page">
      <div className="guide-header">
        <h1 className="portal-page-title">{t('guide.title')}</h1>
        <Link to="/portal/new" className="guide-skip" data-testid="guide-skip">
          <FormOutlined /> {t('guide.skip')}
        </Link>
      </div>
      {ids.length === 0 ? <p className="portal-page-lead">{t('guide.lead')}</p> : null}
      <div className="guide-sos" role="note">
        <PhoneOutlined /> {t('guide.emergencyStrip')} <a href="tel:110">{t('guide.call110')}</a>
      </div>

      {ids.length > 0 && nodes.length > 1 ? (
        <div className="guide-nav">
          <Button icon={<ArrowLeftOutlined />} onClick={() => go(ids.slice(0, -1))} data-testid="guide-back">
            {t('guide.back')}
          </Button>
          <Button type="link" icon={<ReloadOutlined />} onClick={() => go([])} data-testid="guide-restart">
            {t('guide.restart')}
          </Button>
        </div>
      ) : null}
      {nodes.length > 1 ? (
        <nav className="guide-trail" aria-label={t('guide.yourAnswers')} data-testid="guide-trail">
          <Breadcrumb
            items={nodes.slice(1).map((node, i) => {
              const label = answerLabel(nodes[i]!, node);
              const last = i === nodes.length - 2;
              return { key: node.id, title: last ? label : <Link to={guideLink(ids.slice(0, i + 1))}>{label}</Link> };
            })}
          />
        </nav>
      ) : null}

      {failed ? (
        <Alert type="error" showIcon title={t('guide.loadFailed')} action={<Button onClick={() => setAttempt((n) => n + 1)}>{t('guide.retry')}</Button>} />
      ) : !tree || !current ? (
        <Spin className="guide-spin" />
      ) : current.kind === 'question' ? (
        <GuideQuestionStep question={current} step={nodes.length} onAnswer={(next) => go([...ids, next])} />
      ) : (
        <GuideLeafView head={current} revision={tree.revision} />
      )}
    </div>
  );
}
