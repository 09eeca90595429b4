package vn.baocao.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.baocao.store.OfficialListFile;
import vn.baocao.store.OfficialUnits;

/** Loads the shipped list of administrative units (3 321 communes, 34 provinces, July 2025 onwards). */
public class V21__Official_unit_list extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        new OfficialUnits(context.getConnection()).replaceAll(OfficialListFile.shipped());
    }
}
