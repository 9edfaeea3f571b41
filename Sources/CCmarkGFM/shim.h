// libcmark-gfm and its GFM extensions (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

// Node types of the GFM extensions, assigned when the extensions register. The library
// exports them but installs no header that declares them (they live in its private table.h
// and strikethrough.h), so they are declared here.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

// Read through functions: Swift 6 refuses direct use of mutable C globals.
static inline cmark_node_type tend_node_type_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type tend_node_type_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type tend_node_type_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type tend_node_type_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
