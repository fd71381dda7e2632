#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Curses keeps its state in globals and macros, which Swift either cannot import or sees as
// shared mutable state. These shims are the only way Swift reads them; every value comes from
// the headers, none is hard-coded.

// wcwidth is only declared under _XOPEN_SOURCE, which SwiftPM drops; curses measures with it.
extern int wcwidth(wchar_t c);
/// The columns curses and the C library think a scalar takes (-1 for non-printable).
static inline int byline_wcwidth(wchar_t c) { return wcwidth(c); }

static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline int byline_maxy(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int byline_maxx(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

/// Starts curses on the process's stdout/stdin without exiting on an unknown TERM (initscr would).
static inline SCREEN *byline_newterm(void) { return newterm(NULL, stdout, stdin); }
/// Whether the terminal can address the cursor (TERM=dumb cannot).
static inline int byline_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return A_NORMAL;
#endif
}
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }

static inline int byline_ok(void) { return OK; }
static inline int byline_err(void) { return ERR; }
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline int byline_ccharw_max(void) { return CCHARW_MAX; }

static inline int byline_key_resize(void) { return KEY_RESIZE; }
static inline int byline_key_mouse(void) { return KEY_MOUSE; }
static inline int byline_key_up(void) { return KEY_UP; }
static inline int byline_key_down(void) { return KEY_DOWN; }
static inline int byline_key_left(void) { return KEY_LEFT; }
static inline int byline_key_right(void) { return KEY_RIGHT; }
static inline int byline_key_ppage(void) { return KEY_PPAGE; }
static inline int byline_key_npage(void) { return KEY_NPAGE; }
static inline int byline_key_home(void) { return KEY_HOME; }
static inline int byline_key_end(void) { return KEY_END; }
static inline int byline_key_enter(void) { return KEY_ENTER; }
static inline int byline_key_backspace(void) { return KEY_BACKSPACE; }
static inline int byline_key_dc(void) { return KEY_DC; }

static inline mmask_t byline_wheel_up_mask(void) { return BUTTON4_PRESSED; }
static inline mmask_t byline_wheel_down_mask(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// Sets a cell's character (a base and its combining marks), attributes and colour pair.
static inline int byline_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}

#endif
