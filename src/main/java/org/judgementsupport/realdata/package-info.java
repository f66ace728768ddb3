/**
 * Real published data: Ofsted's inspection outcomes and the DfE's children's services indicators, read from a folder
 * the user names (their own download; tests use ../shared/data). Nothing read from it is copied into the repository.
 *
 * <p>ILACS inspections come with E-codes and start dates. The single inspection framework's come by authority name and
 * publication date only: names are matched to E-codes through the DfE's files, and start dates estimated ten weeks
 * before publication ({@link org.judgementsupport.realdata.SifOutcomes}).
 */
package org.judgementsupport.realdata;
