-- The single inspection framework's judgements have longer names than the ILACS areas
-- (CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE is 46 characters): room for them in the record of each area's grade.

alter table judgement_area alter column area set data type varchar(60);
