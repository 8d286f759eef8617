// The batched kernels run in eights on a CPU with AVX-512 and in fours elsewhere (WASM, SSE2, AVX2): both must give
// the same bits. On random matrices of many shapes (units 1–17, inputs 1–65, examples 1–64 with the rows padded to
// fours as batch.h pads them) each kernel is run both ways and every value compared. On a CPU without AVX-512 both
// ways are the fours, and the test still checks the sums against a plain loop in the same order.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <vector>

#include "core/batch_kernels.h"
#include "core/rng.h"

namespace {

uint64_t bits_of(double x) {
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
}

bool same_bits(const core::Matrix& a, const core::Matrix& b) {
    if (a.rows != b.rows || a.cols != b.cols) return false;
    for (size_t k = 0; k < a.v.size(); ++k)
        if (bits_of(a.v[k]) != bits_of(b.v[k])) return false;
    return true;
}

core::Matrix random_matrix(core::Rng& rng, int rows, int cols) {
    core::Matrix m(rows, cols);
    for (double& x : m.v) x = rng.uniform() * 4.0 - 2.0;
    return m;
}

int padded(int m) { return (m + 3) / 4 * 4; }

}  // namespace

TEST_CASE("the batched kernels give the same bits in eights (AVX-512) and in fours", "[batch]") {
    core::Rng rng(41);
    int shapes = 0;
    for (int units : {1, 2, 3, 4, 5, 8, 9, 12, 16, 17})
        for (int inputs : {1, 2, 3, 7, 8, 16, 64, 65})
            for (int m : {1, 3, 4, 10, 12, 28, 33, 64}) {
                const int width = padded(m);
                const core::Matrix theta = random_matrix(rng, units, inputs + 1);
                const core::Matrix a_in = random_matrix(rng, inputs, width);

                core::Matrix z(units, width), z_fours(units, width);
                core::weighted_sums(theta, a_in, z);
                core::weighted_sums_quads(theta, a_in, z_fours);
                INFO("units " << units << ", inputs " << inputs << ", m " << m);
                REQUIRE(same_bits(z, z_fours));
                for (int i = 0; i < units; ++i)  // and the per-example order: Θᵢ₀ + Θᵢ₁a₀ + Θᵢ₂a₁ + …
                    for (int e = 0; e < width; ++e) {
                        double sum = theta(i, 0);
                        for (int j = 0; j < inputs; ++j) sum += theta(i, j + 1) * a_in(j, e);
                        REQUIRE(bits_of(z(i, e)) == bits_of(sum));
                    }

                const core::Matrix delta_next = random_matrix(rng, units, width);
                core::Matrix back(inputs, width), back_fours(inputs, width);
                core::transposed_products(theta, delta_next, back);
                core::transposed_products_quads(theta, delta_next, back_fours);
                REQUIRE(same_bits(back, back_fours));

                const int rows_in_lanes = units / 4 * 4;
                if (rows_in_lanes > 0) {
                    const core::Matrix delta_by_example = random_matrix(rng, width, rows_in_lanes);
                    core::Matrix grad = random_matrix(rng, units, inputs + 1), grad_fours = grad;
                    core::add_gradient_by_units(delta_by_example, a_in, m, rows_in_lanes, grad);
                    core::add_gradient_by_units_quads(delta_by_example, a_in, m, rows_in_lanes, grad_fours);
                    REQUIRE(same_bits(grad, grad_fours));
                }
                ++shapes;
            }
    REQUIRE(shapes == 640);
}
