#include "lab/teach/differences.h"

namespace lab {

const DifferenceInfo& difference_info(core::Difference kind) {
    for (const DifferenceInfo& info : kDifferences)
        if (info.kind == kind) return info;
    return kDifferences[0];
}

}  // namespace lab
