// Indexes of earlier versions, dropped so that an existing database ends up with the same schema
// as a new one. (entity_text lacked the Rule label; entity_text_v2 did not stem.)
DROP INDEX entity_text IF EXISTS;
DROP INDEX entity_text_v2 IF EXISTS;
