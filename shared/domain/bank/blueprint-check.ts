import type { Blueprint, BlueprintWarning, Quota } from './blueprint';
import { topicLabel, type DrawPool } from './draw';
import { hasKey } from './scoring';
import { isUnder, pathKey, type Bank, type TopicPath } from './types';

/** A blueprint resolved against a bank: the pools to draw from and what is wrong with it. */
export type BlueprintPlan = { pools: DrawPool[]; total: number; warnings: BlueprintWarning[] };

function itemsUnder(bank: Bank, path: TopicPath): string[] {
  return bank.items.filter((i) => isUnder(i.topic, path)).map((i) => i.id);
}

/** The children of `root` in bank order: the modules when the root is a programme. */
function modulesOf(bank: Bank, root: TopicPath): TopicPath[] {
  const seen = new Map<string, TopicPath>();
  for (const t of [...bank.topics, ...bank.items.map((i) => i.topic)]) {
    if (t.length > root.length && isUnder(t, root)) {
      const child = t.slice(0, root.length + 1);
      if (!seen.has(pathKey(child))) seen.set(pathKey(child), child);
    }
  }
  return [...seen.values()];
}

function leafPools(bank: Bank, under: TopicPath, count: number): DrawPool[] {
  const topics = new Map<string, { path: TopicPath; ids: string[] }>();
  for (const item of bank.items) {
    if (!isUnder(item.topic, under)) continue;
    const key = pathKey(item.topic);
    if (!topics.has(key)) topics.set(key, { path: item.topic, ids: [] });
    topics.get(key)!.ids.push(item.id);
  }
  return [...topics.values()].map((t) => ({ label: topicLabel(t.path), path: t.path, itemIds: t.ids, count }));
}

function resolveQuota(bank: Bank, root: TopicPath, quota: Quota, at: string, warnings: BlueprintWarning[]): DrawPool[] {
  const t = quota.target;
  if (t.kind === 'each-topic') {
    const under = [...root, ...t.path];
    const pools = leafPools(bank, under, quota.count);
    if (pools.length === 0) warnings.push({ code: 'empty_topic', message: `no topic under ${topicLabel(under)} holds items`, path: at });
    return pools;
  }
  let path: TopicPath;
  if (t.kind === 'module') {
    const modules = modulesOf(bank, root);
    const found = modules[t.index - 1];
    if (!found) {
      warnings.push({ code: 'unknown_topic', message: `module ${t.index} not found: ${topicLabel(root)} has ${modules.length} modules`, path: at });
      return [{ label: quota.label ?? `module ${t.index}`, path: root, itemIds: [], count: quota.count }];
    }
    path = found;
  } else {
    path = [...root, ...t.path];
  }
  const ids = itemsUnder(bank, path);
  const known = ids.length > 0 || bank.topics.some((p) => isUnder(p, path));
  if (!known) warnings.push({ code: 'unknown_topic', message: `the bank has no topic ${topicLabel(path)}`, path: at });
  else if (ids.length === 0) warnings.push({ code: 'empty_topic', message: `${topicLabel(path)} holds no items`, path: at });
  return [{ label: quota.label ?? topicLabel(path), path, itemIds: ids, count: quota.count }];
}

/**
 * Resolves a blueprint against a bank and reports, without failing: quotas larger than their
 * topic, a stated total the quotas do not add up to, empty or unknown topics, overlapping
 * quotas (a later quota does not redraw items of an earlier one) and items without a key.
 */
export function checkBlueprint(blueprint: Blueprint, bank: Bank): BlueprintPlan {
  const warnings: BlueprintWarning[] = [];
  const pools: DrawPool[] = [];
  const claimed = new Set<string>();
  blueprint.quotas.forEach((quota, q) => {
    const at = `quotas[${q}]`;
    for (const pool of resolveQuota(bank, blueprint.root, quota, at, warnings)) {
      const overlap = pool.itemIds.filter((id) => claimed.has(id));
      if (overlap.length > 0) {
        warnings.push({ code: 'quota_overlap', message: `${pool.label} shares ${overlap.length} items with an earlier quota; they are drawn only there`, path: at });
      }
      const itemIds = pool.itemIds.filter((id) => !claimed.has(id));
      itemIds.forEach((id) => claimed.add(id));
      if (pool.count > itemIds.length) {
        warnings.push({ code: 'quota_exceeds_topic', message: `${pool.label}: the quota is ${pool.count} but the topic has ${itemIds.length} items`, path: `${at}.count` });
      }
      pools.push({ ...pool, itemIds });
    }
  });
  const total = pools.reduce((s, p) => s + p.count, 0);
  if (blueprint.statedTotal !== null && blueprint.statedTotal !== total) {
    const counts = pools.map((p) => p.count).join('/');
    warnings.push({ code: 'total_mismatch', message: `the quotas ${counts} add up to ${total}, but the blueprint states ${blueprint.statedTotal}`, path: 'statedTotal' });
  }
  bank.topics.forEach((topic, i) => {
    if (isUnder(topic, blueprint.root) && itemsUnder(bank, topic).length === 0) {
      warnings.push({ code: 'empty_topic', message: `${topicLabel(topic)} holds no items`, path: `bank.topics[${i}]` });
    }
  });
  for (const item of bank.items) {
    if (claimed.has(item.id) && item.type !== 'essay' && !hasKey(item)) {
      warnings.push({ code: 'item_without_key', message: `${item.id} (${item.type}) has no answer that gives full credit`, path: `bank.items[${item.id}]` });
    }
  }
  return { pools, total, warnings };
}
