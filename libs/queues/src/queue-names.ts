/**
 * BullMQ queues of Casebook. The key prefix is a Redis Cluster hash tag, so
 * every key of every queue lands in one slot and BullMQ's multi-key scripts work
 * on Redis Cluster as well as on a single server or Sentinel.
 */
export const QUEUE_PREFIX = '{casebook}';

export const QUEUES = {
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
