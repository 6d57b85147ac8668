#include "generated_map.h"

#include "synthetic_workshop.h"

#include <map>

namespace sb::bench {

const Map& generatedMap(int stages) {
    static std::map<int, Map> maps;
    if (const auto it = maps.find(stages); it != maps.end())
        return it->second;
    return maps.emplace(stages, synthetic::generatedMap(stages)).first->second;
}

} // namespace sb::bench
