package ru.smarteka.workflow.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.region.LegacyCategoryInfo;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.region.ReferenceItem;
import ru.smarteka.workflow.region.RegionInfo;
import ru.smarteka.workflow.region.SectionInfo;

/**
 * The names of the codes the catalogue shows and the codes its filters accept, read from the reference data at most
 * once a minute (they change through migrations and the administrators' CSV imports, seldom), so a search costs no
 * query of the reference tables.
 */
@Component
class ReferenceNames {

  static final Duration FRESH_FOR = Duration.ofMinutes(1);

  private final ReferenceData referenceData;
  private final Clock clock;
  private volatile Snapshot snapshot;

  ReferenceNames(ReferenceData referenceData, Clock clock) {
    this.referenceData = referenceData;
    this.clock = clock;
  }

  record Snapshot(Instant readAt, Map<String, RegionInfo> regions, Map<String, String> districts,
      Map<String, String> categories, Map<String, String> legacyCategories, Map<String, String> levels,
      Map<String, String> sections, Map<String, String> directions, Map<String, String> factors) {

    /** The 2026 category of a code of either list, or null when it is of neither. */
    String category(String code) {
      if (categories.containsKey(code)) {
        return code;
      }
      return legacyCategories.get(code);
    }
  }

  Snapshot current() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current == null || current.readAt().plus(FRESH_FOR).isBefore(now) || current.readAt().isAfter(now)) {
      current = read(now);
      snapshot = current;
    }
    return current;
  }

  private Snapshot read(Instant now) {
    List<RegionInfo> regions = referenceData.regions();
    Map<String, String> districts = new LinkedHashMap<>();
    regions.stream().map(RegionInfo::federalDistrict).sorted().forEach(d -> districts.put(d, d));
    return new Snapshot(now,
        regions.stream().collect(Collectors.toMap(RegionInfo::code, Function.identity(), (a, b) -> a,
            LinkedHashMap::new)),
        districts,
        names(referenceData.categories()),
        referenceData.legacyCategories().stream().collect(Collectors.toMap(LegacyCategoryInfo::code,
            LegacyCategoryInfo::categoryCode, (a, b) -> a, LinkedHashMap::new)),
        names(referenceData.levels()),
        referenceData.catalogueSections().stream().collect(Collectors.toMap(SectionInfo::code, SectionInfo::name,
            (a, b) -> a, LinkedHashMap::new)),
        names(referenceData.qolDirections()),
        names(referenceData.investmentFactors()));
  }

  private static Map<String, String> names(List<ReferenceItem> items) {
    return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a,
        LinkedHashMap::new));
  }
}
