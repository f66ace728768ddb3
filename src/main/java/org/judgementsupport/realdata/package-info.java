/**
 * Real published data: Ofsted's inspection outcomes and the DfE's children's services indicators, read from a folder
 * the user names (their own download; tests use ../shared/data). Nothing read from it is copied into the repository.
 */
package org.judgementsupport.realdata;
