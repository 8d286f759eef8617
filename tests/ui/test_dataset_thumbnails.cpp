// The data-set picker's pictures: one per row of the data-set table, drawn from the set's own points.
#include <catch2/catch.hpp>

#include <set>

#include "ui/dataset_thumbnails.h"

TEST_CASE("dataset thumbnails: one per table row, in its order, every point inside the picture") {
    const std::vector<ui::DatasetThumbnail> all = ui::make_dataset_thumbnails(120);
    REQUIRE(all.size() == std::size(core::kDatasets));
    for (size_t k = 0; k < all.size(); ++k) {
        const ui::DatasetThumbnail& t = all[k];
        INFO(core::kDatasets[k].id);
        CHECK(t.kind == core::kDatasets[k].kind);
        CHECK((t.points.empty() != (t.image_side == 0)));  // points or an image, never neither
        CHECK(t.points.size() <= 120);
        for (const ui::ThumbnailPoint& p : t.points) {
            CHECK(p.u >= 0.0f);
            CHECK(p.u <= 1.0f);
            CHECK(p.v >= 0.0f);
            CHECK(p.v <= 1.0f);
        }
    }
}

TEST_CASE("dataset thumbnails: the classes show as the set has them") {
    const std::vector<ui::DatasetThumbnail> all = ui::make_dataset_thumbnails(120);
    auto labels = [&](core::DatasetKind kind) {
        std::set<int> out;
        for (const ui::ThumbnailPoint& p : all[static_cast<size_t>(kind)].points) out.insert(p.label);
        return out;
    };
    CHECK(labels(core::DatasetKind::Circle) == std::set<int>{0, 1});
    CHECK(labels(core::DatasetKind::Spiral3) == std::set<int>{0, 1, 2});
    CHECK(labels(core::DatasetKind::Iris) == std::set<int>{0, 1, 2});
    CHECK(all[static_cast<size_t>(core::DatasetKind::XorGate)].points.size() == 4);
    const ui::DatasetThumbnail& digits = all[static_cast<size_t>(core::DatasetKind::Digits)];
    CHECK(digits.image_side == 8);
    CHECK(digits.pixels.size() == 64);
}
