package ru.smarteka.workflow.catalogue.internal;

import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the catalogue's index: {@value #RUSSIAN} for the texts (lower case, «ё» as «е», Russian stop
 * words, the Snowball Russian stemmer, so «школьных библиотек» finds «школьная библиотека»). Set as
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class RussianAnalysis implements LuceneAnalysisConfigurer {

  public static final String RUSSIAN = "russian";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(RUSSIAN).custom()
        .tokenizer(StandardTokenizerFactory.class)
        .charFilter(MappingCharFilterFactory.class).param("mapping", "catalogue/yo-mapping.txt")
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class).param("words", "org/apache/lucene/analysis/snowball/russian_stop.txt")
            .param("format", "snowball").param("ignoreCase", "true")
        .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Russian");
  }
}
