//go:build !deepstream

/* surface_registry.c: which NvBufSurface pointers this runtime created, and
 * the leak counters.
 *
 * Every entry point looks its surface up here before touching it, so a
 * pointer the runtime did not create (a stack struct, a destroyed surface,
 * garbage) is answered with -1 instead of being dereferenced beyond the
 * public struct. One process-wide mutex guards the table and the map
 * refcounts; it is held only for bookkeeping, never while pixels move. */
#include "surface_internal.h"

static GMutex registry_lock;
static GHashTable *registry; /* NvBufSurface* -> NvbsSurface* (same address) */
static gint64 live_surfaces;
static gint64 live_mappings;

/* nvbs_lock / nvbs_unlock: the registry mutex, also taken by map/unmap. */
void nvbs_lock(void)
{
    g_mutex_lock(&registry_lock);
}

void nvbs_unlock(void)
{
    g_mutex_unlock(&registry_lock);
}

/* nvbs_register: records a new surface; the table is created on first use
 * and lives for the process (it is reachable, so not a leak). */
void nvbs_register(NvbsSurface *s)
{
    nvbs_lock();
    if (!registry)
        registry = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_hash_table_insert(registry, &s->pub, s);
    nvbs_unlock();
    nvbs_count_surfaces(1);
}

/* nvbs_unregister: forgets surf and returns its state, or NULL when surf is
 * not a live surface of this runtime (so a double destroy fails cleanly).
 * Mappings still held are dropped from the leak counter here. */
NvbsSurface *nvbs_unregister(NvBufSurface *surf)
{
    nvbs_lock();
    NvbsSurface *s = nvbs_lookup_locked(surf);
    if (s) {
        g_hash_table_remove(registry, surf);
        int64_t held = 0;
        for (size_t k = 0; k < (size_t)s->batch * NVBUF_MAX_PLANES; k++)
            held += s->map_count[k];
        nvbs_count_mappings(-held);
    }
    nvbs_unlock();
    if (s)
        nvbs_count_surfaces(-1);
    return s;
}

/* nvbs_lookup_locked: the state of surf, or NULL; caller holds the lock.
 * Also checks that the public surfaceList pointer and batchSize were not
 * replaced, since the runtime hands them out as its own. */
NvbsSurface *nvbs_lookup_locked(const NvBufSurface *surf)
{
    if (!surf || !registry)
        return NULL;
    NvbsSurface *s = g_hash_table_lookup(registry, surf);
    if (!s || s->pub.surfaceList != s->list || s->pub.batchSize != s->batch)
        return NULL;
    return s;
}

/* nvbs_lookup: nvbs_lookup_locked taking the lock itself. */
NvbsSurface *nvbs_lookup(const NvBufSurface *surf)
{
    nvbs_lock();
    NvbsSurface *s = nvbs_lookup_locked(surf);
    nvbs_unlock();
    return s;
}

/* nvbs_block_holds_locked: whether [a, a + len) lies inside the memory
 * block of one live surface; caller holds the lock. A linear walk: a
 * process has tens of surfaces (pool buffers), not thousands. */
int nvbs_block_holds_locked(uintptr_t a, size_t len)
{
    if (!registry)
        return 0;
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, registry);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        const NvbsSurface *s = value;
        uintptr_t lo = (uintptr_t)s->block, hi = lo + (uintptr_t)s->batch * s->frame_stride;
        if (a >= lo && a <= hi && len <= hi - a)
            return 1;
    }
    return 0;
}

/* nvbs_range: turns an (index, plane) pair, where -1 means "all", into
 * half-open ranges of frames and planes; -1 when either is out of range. */
int nvbs_range(const NvbsSurface *s, int index, int plane, uint32_t *i0, uint32_t *i1,
               uint32_t *p0, uint32_t *p1)
{
    if (index < -1 || (index >= 0 && (uint32_t)index >= s->batch))
        return -1;
    if (plane < -1 || (plane >= 0 && (uint32_t)plane >= s->geo.num_planes))
        return -1;
    *i0 = index < 0 ? 0 : (uint32_t)index;
    *i1 = index < 0 ? s->batch : (uint32_t)index + 1;
    *p0 = plane < 0 ? 0 : (uint32_t)plane;
    *p1 = plane < 0 ? s->geo.num_planes : (uint32_t)plane + 1;
    return 0;
}

/* nvbs_count_surfaces / nvbs_count_mappings: atomic counter updates, so the
 * readers below need no lock. */
void nvbs_count_surfaces(int64_t delta)
{
    __atomic_add_fetch(&live_surfaces, delta, __ATOMIC_RELAXED);
}

void nvbs_count_mappings(int64_t delta)
{
    __atomic_add_fetch(&live_mappings, delta, __ATOMIC_RELAXED);
}

/* nvbufsurface_embedded_live_surfaces: surfaces created and not destroyed. */
gint64 nvbufsurface_embedded_live_surfaces(void)
{
    return __atomic_load_n(&live_surfaces, __ATOMIC_RELAXED);
}

/* nvbufsurface_embedded_live_mappings: map references not yet released. */
gint64 nvbufsurface_embedded_live_mappings(void)
{
    return __atomic_load_n(&live_mappings, __ATOMIC_RELAXED);
}
