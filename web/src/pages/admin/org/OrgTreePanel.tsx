// Left panel: search box and the lazily loaded tree of the district.
import { Empty, Select, Spin, Tree, Typography, type GetRef, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OrgUnit } from '../../../api/types';
import { kindLabel } from '../../../components/labels';
import { OrgKindIcon } from '../../../components/OrgKindIcon';
import { ancestorPath, useOrgSearch } from '../../../components/useOrgSearch';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT, type TFunction } from '../../../i18n';
import { topDown } from './orgRules';
import { ROOT, type useOrgTree } from './useOrgTree';

type OrgTree = ReturnType<typeof useOrgTree>;

interface OrgTreePanelProps {
  tree: OrgTree;
  selectedId: string | null;
  onSelect: (id: string) => void;
  expandedKeys: string[];
  onExpandedChange: (update: (keys: string[]) => string[]) => void;
}

function buildNodes(
  units: Record<string, OrgUnit>,
  children: Record<string, string[]>,
  parentId: string,
  t: TFunction,
): TreeDataNode[] {
  return (children[parentId] ?? []).flatMap((id) => {
    const unit: OrgUnit | undefined = units[id];
    if (!unit) return [];
    return [
      {
        key: id,
        icon: <OrgKindIcon kind={unit.kind} />,
        isLeaf: unit.childCount === 0,
        title: (
          <span>
            {unit.name}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
              {kindLabel(t, unit.kind)}
            </Typography.Text>
          </span>
        ),
        children: children[id] ? buildNodes(units, children, id, t) : undefined,
      },
    ];
  });
}

export function OrgTreePanel({ tree, selectedId, onSelect, expandedKeys, onExpandedChange }: OrgTreePanelProps) {
  const t = useT();
  const notify = useErrorNotice();
  const { results, loading: searching, search } = useOrgSearch();
  const [initialLoading, setInitialLoading] = useState(true);
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const { loadChildren } = tree;

  // Load the top level, and open the district so the streets show straight away.
  useEffect(() => {
    let cancelled = false;
    loadChildren(ROOT)
      .then(async (top) => {
        const only = top.length === 1 ? top[0] : undefined;
        if (only && only.childCount > 0 && !cancelled) {
          await loadChildren(only.id);
          if (!cancelled) onExpandedChange((keys) => [...new Set([...keys, only.id])]);
        }
      })
      .catch(notify)
      .finally(() => !cancelled && setInitialLoading(false));
    return () => {
      cancelled = true;
    };
  }, [loadChildren, notify, onExpandedChange]);

  const treeData = useMemo(() => buildNodes(tree.units, tree.children, ROOT, t), [tree.units, tree.children, t]);

  const reveal = async (id: string) => {
    const hit = results.find((unit) => unit.id === id);
    if (!hit) return;
    const path = topDown(hit.ancestors)
      .map((ancestor) => ancestor.id)
      .filter((ancestorId) => ancestorId !== id);
    try {
      await tree.ensurePath(path);
      onExpandedChange((keys) => [...new Set([...keys, ...path])]);
      onSelect(id);
      window.setTimeout(() => treeRef.current?.scrollTo({ key: id, align: 'top' }), 50);
    } catch (error) {
      notify(error);
    }
  };

  return (
    <div>
      <Select<string>
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('org.searchPlaceholder')}
        value={null}
        showSearch={{ filterOption: false, onSearch: search }}
        notFoundContent={searching ? <Spin size="small" /> : t('unitPicker.empty')}
        options={results.map((unit) => ({
          value: unit.id,
          label: (
            <div style={{ lineHeight: 1.35, padding: '2px 0' }}>
              <OrgKindIcon kind={unit.kind} /> {unit.name}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                {kindLabel(t, unit.kind)}
              </Typography.Text>
              {unit.ancestors.length > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
                  {ancestorPath({ ...unit, ancestors: topDown(unit.ancestors) })}
                </Typography.Text>
              ) : null}
            </div>
          ),
        }))}
        onSelect={(id: string) => void reveal(id)}
        aria-label={t('org.searchPlaceholder')}
      />
      {initialLoading ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      ) : treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.emptyTree')} />
      ) : (
        <Tree
          ref={treeRef}
          showIcon
          blockNode
          height={560}
          treeData={treeData}
          loadedKeys={tree.loadedKeys}
          loadData={(node) => {
            const key = String(node.key);
            // On failure fold the node again, so the tree does not retry in a loop.
            return loadChildren(key).then(
              () => undefined,
              (error: unknown) => {
                notify(error);
                onExpandedChange((keys) => keys.filter((expanded) => expanded !== key));
              },
            );
          }}
          expandedKeys={expandedKeys}
          onExpand={(keys) => onExpandedChange(() => keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) onSelect(String(key));
          }}
        />
      )}
    </div>
  );
}
