/* String helpers: char* fields owned with GLib's allocator, which is what
 * the SDK's release paths free them with. */
#include "cshim.h"

void cshim_set_owned_string(char **field, const char *src, ptrdiff_t len)
{
    if (!field)
        return;
    g_free(*field);
    *field = len < 0 ? NULL : g_strndup(src ? src : "", (gsize)len);
}
