/*
 * xwatch: the start-up benchmark's eyes on the X server (compiled by bench/startup.sh).
 *
 *   xwatch map             waits until a top-level window is mapped; prints "<epoch ms> <window id>"
 *   xwatch title BASE      waits until a top-level window is mapped (prints "MAPPED <epoch ms> <window id>"),
 *                          then until its title is neither empty nor BASE; prints "<epoch ms> <window id> <title>"
 *
 * It blocks on X events (no polling), so it takes no CPU from the process being measured. The
 * times are wall-clock milliseconds, the same clock as bash's $EPOCHREALTIME taken just before the
 * process is started. Without a window manager (plain Xvfb) a stage's window is a child of the root
 * window, so MapNotify arrives on the root's SubstructureNotify.
 */
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The window's title: _NET_WM_NAME (UTF-8) if set, else WM_NAME. Caller frees. */
static char *title_of(Display *d, Window w, Atom net_wm_name, Atom utf8) {
    Atom type;
    int format;
    unsigned long n, after;
    unsigned char *data = NULL;
    if (XGetWindowProperty(d, w, net_wm_name, 0, 4096, False, utf8, &type, &format, &n, &after, &data) == Success
            && data != NULL && n > 0) {
        return (char *) data;
    }
    if (data) XFree(data);
    char *name = NULL;
    if (XFetchName(d, w, &name) && name) {
        return name;
    }
    return NULL;
}

static int ignore_errors(Display *d, XErrorEvent *e) {
    (void) d; (void) e;
    return 0; /* a window may vanish between the event and the query */
}

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "map") != 0 && strcmp(argv[1], "title") != 0)
            || (strcmp(argv[1], "title") == 0 && argc < 3)) {
        fprintf(stderr, "usage: xwatch map | xwatch title BASE\n");
        return 2;
    }
    int want_title = strcmp(argv[1], "title") == 0;
    const char *base = want_title ? argv[2] : NULL;
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "xwatch: cannot open display\n");
        return 2;
    }
    XSetErrorHandler(ignore_errors);
    Atom net_wm_name = XInternAtom(d, "_NET_WM_NAME", False);
    Atom utf8 = XInternAtom(d, "UTF8_STRING", False);
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask);
    XSync(d, False);
    printf("READY\n");
    fflush(stdout);
    for (;;) {
        XEvent e;
        XNextEvent(d, &e);
        if (e.type == MapNotify && e.xmap.event == root && !e.xmap.override_redirect) {
            Window w = e.xmap.window;
            if (!want_title) {
                printf("%lld 0x%lx\n", now_ms(), w);
                return 0;
            }
            printf("MAPPED %lld 0x%lx\n", now_ms(), w);
            fflush(stdout);
            XSelectInput(d, w, PropertyChangeMask);
            XSync(d, False);
        } else if (e.type != PropertyNotify) {
            continue;
        }
        if (e.type == MapNotify || e.xproperty.atom == net_wm_name || e.xproperty.atom == XA_WM_NAME) {
            Window w = e.type == MapNotify ? e.xmap.window : e.xproperty.window;
            char *t = title_of(d, w, net_wm_name, utf8);
            if (t && *t && strcmp(t, base) != 0) {
                printf("%lld 0x%lx %s\n", now_ms(), w, t);
                return 0;
            }
            if (t) XFree(t);
        }
    }
}
