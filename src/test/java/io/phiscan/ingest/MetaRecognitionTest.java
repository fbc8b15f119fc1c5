package io.phiscan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.phiscan.model.Platform;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facebook and Instagram exports are told apart by content and found one by one in a folder holding many. */
class MetaRecognitionTest {

    @Test
    void aFolderOfFacebookExportsGivesEachOfThemAndNoOneExportOfThemAll() throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(ExportRun.resource("facebook")))) {
            assertThat(locator.exports()).hasSize(18).allMatch(e -> e.platform() == Platform.FACEBOOK);
            assertThat(locator.exports()).extracting(Export::layout).containsExactly("facebook-json-2018",
                    "facebook-e2ee-2024", "facebook-e2ee-2024", "facebook-e2ee-2024", "facebook-html-2017", "facebook-html-2017",
                    "facebook-html-2017", "facebook-html-2017", "facebook-html-2017", "facebook-html-2017",
                    "facebook-html-2018", "facebook-html-2022", "facebook-html-2024", "facebook-json-2018",
                    "facebook-json-2018", "facebook-json-2024", "facebook-json-2025", "facebook-json-2018");
        }
    }

    @Test
    void aFolderOfInstagramExportsGivesEachOfThem() throws IOException {
        try (ExportLocator locator = new ExportLocator(ZipLimits.DEFAULT).locate(List.of(ExportRun.resource("instagram")))) {
            assertThat(locator.exports()).extracting(Export::layout).containsExactly("instagram-json-2024", "instagram-html-2022",
                    "instagram-json-2019", "instagram-json-2019", "instagram-json-2019", "instagram-json-2020", "instagram-json-2020",
                    "instagram-json-2024");
        }
    }

    @Test
    void instagramIsToldByTheFilesOnlyInstagramWrites() throws IOException {
        assertThat(ExportRun.of("instagram/json-2021").export().platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(ExportRun.of("facebook/json-2018").export().platform()).isEqualTo(Platform.FACEBOOK);
    }
}
