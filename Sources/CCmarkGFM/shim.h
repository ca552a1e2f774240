#ifndef PUBLISH_CCMARKGFM_SHIM_H
#define PUBLISH_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

// Node types of the GFM extensions. The library exports them but installs no header for them;
// they are 0 until the core extensions are registered. Read them through functions: Swift 6 treats
// C globals as unsafe mutable state.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type publish_node_type_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type publish_node_type_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type publish_node_type_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type publish_node_type_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }

#endif
