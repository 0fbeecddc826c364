package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.engine.OEngine;
import com.orientechnologies.orient.core.engine.local.OEngineLocalPaginated;
import com.orientechnologies.orient.core.engine.memory.OEngineMemory;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** The bake's database runs on OrientDB's memory engine, with a disk engine that never starts anything. */
class MemoryOnlyEnginesTest {

    @Test
    void aStoreOpensInMemoryAndKeepsWhatItIsGiven() {
        PlannedContentStore store = PlannedContentStore.opened();
        try {
            store.startup();
            DocumentModel document = new DocumentModel();
            document.setUri("/tin-tuc/bai-1/");
            document.setType("news");
            document.setStatus("published");
            store.addDocument(document);
            assertThat(store.getAllContent("news")).extracting(DocumentModel::getUri).containsExactly("/tin-tuc/bai-1/");
        } finally {
            store.close();
        }
        assertThat(Orient.instance().getEngine(OEngineMemory.NAME)).isExactlyInstanceOf(OEngineMemory.class);
        OEngine disk = Orient.instance().getEngine(OEngineLocalPaginated.NAME);
        assertThat(disk).isInstanceOf(MemoryOnlyEngines.Disk.class);
        assertThatThrownBy(() -> disk.createStorage("plocal:/tmp/x", Map.of(), 1, 1, 1))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void installingTwiceKeepsTheSameDiskEngine() {
        MemoryOnlyEngines.install();
        OEngine first = Orient.instance().getEngine(OEngineLocalPaginated.NAME);
        MemoryOnlyEngines.install();
        assertThat(Orient.instance().getEngine(OEngineLocalPaginated.NAME)).isSameAs(first);
    }
}
