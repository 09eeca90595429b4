package vn.baocao.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.baocao.store.CatalogLoader;

/** Fills a new database with the default catalog, once; a clerk's later edits are never overwritten. */
public class V2__Default_catalog extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        CatalogLoader.loadDefault(context.getConnection());
    }
}
