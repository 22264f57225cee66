"""One module per schema revision: 0001, 0002, ... in a single linear chain."""
