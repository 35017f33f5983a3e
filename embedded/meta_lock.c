//go:build !deepstream

/* nvds_acquire_meta_lock / nvds_release_meta_lock: the batch's GRecMutex. */
#include "meta_internal.h"

/* Locks the batch's recursive meta_mutex; no-op for NULL/invalid. The
 * runtime's own functions take the same lock, so holding it across several
 * calls makes them one atomic update. */
void nvds_acquire_meta_lock(NvDsBatchMeta *batch_meta)
{
  meta_lock(meta_batch_priv(batch_meta));
}

/* Unlocks what nvds_acquire_meta_lock locked; no-op for NULL/invalid. */
void nvds_release_meta_lock(NvDsBatchMeta *batch_meta)
{
  meta_unlock(meta_batch_priv(batch_meta));
}
