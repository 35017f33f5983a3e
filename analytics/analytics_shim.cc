// analytics_shim.cc: the C interface of analytics_shim.go.h over the C++
// structs of nvds_analytics_meta.h. C++ because the structs hold
// std::string, std::vector and std::unordered_map; every entry point
// catches exceptions so none crosses into C or Go.
#include <cstring>
#include <new>
#include <string>

#include "nvdsmeta.h"
#include "nvds_analytics_meta.h"
#include "analytics_shim.go.h"

namespace {

using FrameMeta = NvDsAnalyticsFrameMeta;
using ObjInfo = NvDsAnalyticsObjInfo;

// Writer appends the encoding to buf while it fits and counts the bytes
// either way, so one pass gives the size and, when cap suffices, the data.
class Writer {
  public:
    Writer(uint8_t *buf, size_t cap) : buf_(buf), cap_(cap) {}
    void bytes(const void *p, size_t n)
    {
        if (buf_ && n_ + n <= cap_ && n)
            std::memcpy(buf_ + n_, p, n);
        n_ += n;
    }
    void u8(uint8_t v) { bytes(&v, 1); }
    void u32(uint32_t v) { le(v, 4); }
    void u64(uint64_t v) { le(v, 8); }
    void str(const std::string &s)
    {
        u32(static_cast<uint32_t>(s.size()));
        bytes(s.data(), s.size());
    }
    size_t size() const { return n_; }

  private:
    void le(uint64_t v, int n)
    {
        uint8_t b[8];
        for (int i = 0; i < n; i++)
            b[i] = static_cast<uint8_t>(v >> (8 * i));
        bytes(b, n);
    }
    uint8_t *buf_;
    size_t cap_;
    size_t n_ = 0;
};

// Reader decodes; ok() turns false on the first read past the end.
class Reader {
  public:
    Reader(const uint8_t *buf, size_t len) : buf_(buf), len_(len) {}
    bool ok() const { return ok_; }
    bool done() const { return ok_ && off_ == len_; }
    uint8_t u8() { return static_cast<uint8_t>(le(1)); }
    uint32_t u32() { return static_cast<uint32_t>(le(4)); }
    uint64_t u64() { return le(8); }
    std::string str()
    {
        uint32_t n = u32();
        if (!take(n))
            return std::string();
        return std::string(reinterpret_cast<const char *>(buf_ + off_ - n), n);
    }

  private:
    bool take(size_t n)
    {
        if (!ok_ || len_ - off_ < n) {
            ok_ = false;
            return false;
        }
        off_ += n;
        return true;
    }
    uint64_t le(int n)
    {
        if (!take(static_cast<size_t>(n)))
            return 0;
        uint64_t v = 0;
        for (int i = 0; i < n; i++)
            v |= static_cast<uint64_t>(buf_[off_ - n + i]) << (8 * i);
        return v;
    }
    const uint8_t *buf_;
    size_t len_;
    size_t off_ = 0;
    bool ok_ = true;
};

void encode(Writer &w, const FrameMeta &m)
{
    w.u32(m.unique_id);
    w.u32(static_cast<uint32_t>(m.ocStatus.size()));
    for (const auto &kv : m.ocStatus) {
        w.str(kv.first);
        w.u8(kv.second ? 1 : 0);
    }
    w.u32(static_cast<uint32_t>(m.objInROIcnt.size()));
    for (const auto &kv : m.objInROIcnt) {
        w.str(kv.first);
        w.u32(kv.second);
    }
    w.u32(static_cast<uint32_t>(m.objLCCurrCnt.size()));
    for (const auto &kv : m.objLCCurrCnt) {
        w.str(kv.first);
        w.u64(kv.second);
    }
    w.u32(static_cast<uint32_t>(m.objLCCumCnt.size()));
    for (const auto &kv : m.objLCCumCnt) {
        w.str(kv.first);
        w.u64(kv.second);
    }
    w.u32(static_cast<uint32_t>(m.objCnt.size()));
    for (const auto &kv : m.objCnt) {
        w.u32(static_cast<uint32_t>(kv.first));
        w.u32(kv.second);
    }
}

void encode(Writer &w, const std::vector<std::string> &v)
{
    w.u32(static_cast<uint32_t>(v.size()));
    for (const auto &s : v)
        w.str(s);
}

void encode(Writer &w, const ObjInfo &m)
{
    w.u32(m.unique_id);
    encode(w, m.roiStatus);
    encode(w, m.ocStatus);
    encode(w, m.lcStatus);
    w.str(m.dirStatus);
    w.str(m.objStatus);
}

bool decode(Reader &r, FrameMeta &m)
{
    m.unique_id = r.u32();
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--) {
        std::string k = r.str();
        m.ocStatus[k] = r.u8() != 0;
    }
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--) {
        std::string k = r.str();
        m.objInROIcnt[k] = r.u32();
    }
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--) {
        std::string k = r.str();
        m.objLCCurrCnt[k] = r.u64();
    }
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--) {
        std::string k = r.str();
        m.objLCCumCnt[k] = r.u64();
    }
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--) {
        int k = static_cast<int32_t>(r.u32());
        m.objCnt[k] = r.u32();
    }
    return r.done();
}

bool decode(Reader &r, std::vector<std::string> &v)
{
    for (uint32_t n = r.u32(); r.ok() && n > 0; n--)
        v.push_back(r.str());
    return r.ok();
}

bool decode(Reader &r, ObjInfo &m)
{
    m.unique_id = r.u32();
    decode(r, m.roiStatus);
    decode(r, m.ocStatus);
    decode(r, m.lcStatus);
    m.dirStatus = r.str();
    m.objStatus = r.str();
    return r.done();
}

template <typename T> gpointer copy_meta(gpointer data, gpointer) noexcept
{
    const NvDsUserMeta *u = static_cast<const NvDsUserMeta *>(data);
    if (!u || !u->user_meta_data)
        return nullptr;
    try {
        return new T(*static_cast<const T *>(u->user_meta_data));
    } catch (...) {
        return nullptr;
    }
}

template <typename T> void release_meta(gpointer data, gpointer) noexcept
{
    NvDsUserMeta *u = static_cast<NvDsUserMeta *>(data);
    if (!u)
        return;
    delete static_cast<T *>(u->user_meta_data);
    u->user_meta_data = nullptr;
}

template <typename T> size_t encode_any(const void *meta, uint8_t *buf, size_t cap) noexcept
{
    if (!meta)
        return 0;
    Writer w(buf, cap);
    encode(w, *static_cast<const T *>(meta));
    return w.size();
}

template <typename T> void *decode_any(const uint8_t *buf, size_t len) noexcept
{
    try {
        T *m = new T();
        Reader r(buf, len);
        if (!decode(r, *m)) {
            delete m;
            return nullptr;
        }
        return m;
    } catch (...) {
        return nullptr;
    }
}

// Setters swallow allocation failures: the entry is then missing, which a
// C caller cannot do better about.
template <typename F> void guarded(F f) noexcept
{
    try {
        f();
    } catch (...) {
    }
}

FrameMeta *frame(void *p) { return static_cast<FrameMeta *>(p); }
ObjInfo *obj(void *p) { return static_cast<ObjInfo *>(p); }
std::string s(const char *p) { return p ? std::string(p) : std::string(); }

} // namespace

// The 7.x headers pass the descriptor string literal to a gchar*
// parameter inside the macro; that conversion is what the SDK's own C++
// callers compile too.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wwrite-strings"
extern "C" NvDsMetaType gods_analytics_frame_meta_type(void)
{
    return static_cast<NvDsMetaType>(NVDS_USER_FRAME_META_NVDSANALYTICS);
}

extern "C" NvDsMetaType gods_analytics_obj_meta_type(void)
{
    return static_cast<NvDsMetaType>(NVDS_USER_OBJ_META_NVDSANALYTICS);
}
#pragma GCC diagnostic pop

extern "C" size_t gods_analytics_frame_encode(const void *meta, uint8_t *buf, size_t cap)
{
    return encode_any<FrameMeta>(meta, buf, cap);
}

extern "C" size_t gods_analytics_obj_encode(const void *meta, uint8_t *buf, size_t cap)
{
    return encode_any<ObjInfo>(meta, buf, cap);
}

extern "C" void *gods_analytics_frame_decode(const uint8_t *buf, size_t len)
{
    return decode_any<FrameMeta>(buf, len);
}

extern "C" void *gods_analytics_obj_decode(const uint8_t *buf, size_t len)
{
    return decode_any<ObjInfo>(buf, len);
}

extern "C" void *gods_analytics_frame_new(guint unique_id)
{
    FrameMeta *m = new (std::nothrow) FrameMeta();
    if (m)
        m->unique_id = unique_id;
    return m;
}

extern "C" void gods_analytics_frame_set_oc_status(void *meta, const char *roi, gboolean overcrowded)
{
    guarded([&] { frame(meta)->ocStatus[s(roi)] = overcrowded != 0; });
}

extern "C" void gods_analytics_frame_set_obj_in_roi(void *meta, const char *roi, uint32_t count)
{
    guarded([&] { frame(meta)->objInROIcnt[s(roi)] = count; });
}

extern "C" void gods_analytics_frame_set_lc_curr(void *meta, const char *line, uint64_t count)
{
    guarded([&] { frame(meta)->objLCCurrCnt[s(line)] = count; });
}

extern "C" void gods_analytics_frame_set_lc_cum(void *meta, const char *line, uint64_t count)
{
    guarded([&] { frame(meta)->objLCCumCnt[s(line)] = count; });
}

extern "C" void gods_analytics_frame_set_obj_count(void *meta, int class_id, uint32_t count)
{
    guarded([&] { frame(meta)->objCnt[class_id] = count; });
}

extern "C" void *gods_analytics_obj_new(guint unique_id)
{
    ObjInfo *m = new (std::nothrow) ObjInfo();
    if (m)
        m->unique_id = unique_id;
    return m;
}

extern "C" void gods_analytics_obj_add_roi_status(void *meta, const char *roi)
{
    guarded([&] { obj(meta)->roiStatus.push_back(s(roi)); });
}

extern "C" void gods_analytics_obj_add_oc_status(void *meta, const char *roi)
{
    guarded([&] { obj(meta)->ocStatus.push_back(s(roi)); });
}

extern "C" void gods_analytics_obj_add_lc_status(void *meta, const char *line)
{
    guarded([&] { obj(meta)->lcStatus.push_back(s(line)); });
}

extern "C" void gods_analytics_obj_set_dir_status(void *meta, const char *dir)
{
    guarded([&] { obj(meta)->dirStatus = s(dir); });
}

extern "C" void gods_analytics_obj_set_obj_status(void *meta, const char *status)
{
    guarded([&] { obj(meta)->objStatus = s(status); });
}

extern "C" void gods_analytics_frame_free(void *meta)
{
    delete frame(meta);
}

extern "C" void gods_analytics_obj_free(void *meta)
{
    delete obj(meta);
}

extern "C" void gods_analytics_attach_frame(NvDsUserMeta *user, void *meta)
{
    user->user_meta_data = meta;
    user->base_meta.meta_type = gods_analytics_frame_meta_type();
    user->base_meta.copy_func = copy_meta<FrameMeta>;
    user->base_meta.release_func = release_meta<FrameMeta>;
}

extern "C" void gods_analytics_attach_obj(NvDsUserMeta *user, void *meta)
{
    user->user_meta_data = meta;
    user->base_meta.meta_type = gods_analytics_obj_meta_type();
    user->base_meta.copy_func = copy_meta<ObjInfo>;
    user->base_meta.release_func = release_meta<ObjInfo>;
}
