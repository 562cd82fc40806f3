package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class GuideSearchServiceImplTest {

    private final GuideSearchServiceImpl service = new GuideSearchServiceImpl();

    @BeforeEach
    void wire() {
        service.index = mock(GuideSearchIndex.class);
        service.missService = mock(GuideSearchMissService.class);
        service.synonymService = mock(GuideSynonymService.class);
        when(service.synonymService.currentTable()).thenReturn(
                new SynonymTable.Builder().add("pt_BR", "tenis, sapatilha").build());
    }

    @Test
    void blankOrPunctuationOnlyTextSearchesNothingAndRecordsNothing() {
        for (String text : new String[]{null, "", "   ", "\"(:*"}) {
            GuideSearchResult result = service.search(new GuideSearchQuery(text, "en"));
            assertThat(result.getTotal()).isZero();
            assertThat(result.getHits()).isEmpty();
        }
        verifyNoInteractions(service.index);
        verify(service.missService, never()).record(anyString(), anyString(), any());
    }

    @Test
    void searchesTheLanguageOfTheLocaleWithSynonymsAndThePage() {
        when(service.index.search(any(GuideIndexQuery.class))).thenReturn(new GuideIndexPage(31,
                Collections.singletonList(new GuideSearchHit(5, "s", "T", "pt_BR", "x")), "tênis"));

        GuideSearchResult result = service.search(new GuideSearchQuery("  o Tenis! ", "pt-BR", 3, 10));

        ArgumentCaptor<GuideIndexQuery> sent = ArgumentCaptor.forClass(GuideIndexQuery.class);
        verify(service.index).search(sent.capture());
        assertThat(sent.getValue().getLanguage()).isEqualTo(Language.PORTUGUESE);
        assertThat(sent.getValue().getGroups()).hasSize(1);
        assertThat(sent.getValue().getGroups().get(0).getSynonyms()).containsExactly("sapatilha");
        assertThat(sent.getValue().getWords()).containsExactly("o", "Tenis");
        assertThat(sent.getValue().getStart()).isEqualTo(20);
        assertThat(sent.getValue().getRows()).isEqualTo(10);
        assertThat(result.getText()).isEqualTo("o Tenis");
        assertThat(result.getTotal()).isEqualTo(31);
        assertThat(result.getTotalPages()).isEqualTo(4);
        assertThat(result.getSuggestion()).isEqualTo("tênis");
        verify(service.missService, never()).record(anyString(), anyString(), any());
    }

    @Test
    void aSearchWithoutResultIsRecordedUnderTheCanonicalLocale() {
        when(service.index.search(any(GuideIndexQuery.class))).thenReturn(
                new GuideIndexPage(0, Collections.<GuideSearchHit>emptyList(), null));

        service.search(new GuideSearchQuery("Meias  de lã", "pt"));

        verify(service.missService).record("Meias  de lã", "pt_BR", null);
    }

    @Test
    void onlyStopWordsFindNothingWithoutAskingTheIndexAndAreRecorded() {
        GuideSearchResult result = service.search(new GuideSearchQuery("de la para", "es"));

        assertThat(result.getTotal()).isZero();
        verifyNoInteractions(service.index);
        verify(service.missService).record("de la para", "es", null);
    }

    @Test
    void pagesAreBroughtWithinBounds() {
        GuideSearchQuery query = new GuideSearchQuery("x", "en", 999999, 5000);
        assertThat(query.getPageSize()).isEqualTo(GuideSearchQuery.MAX_PAGE_SIZE);
        assertThat(query.firstResult() + query.getPageSize()).isLessThanOrEqualTo(GuideSearchQuery.MAX_RESULT_POSITION);

        GuideSearchQuery low = new GuideSearchQuery("x", "en", -3, 0);
        assertThat(low.getPage()).isEqualTo(1);
        assertThat(low.getPageSize()).isEqualTo(GuideSearchQuery.DEFAULT_PAGE_SIZE);
        assertThat(low.firstResult()).isZero();
    }
}
