package io.concierge.admin.kb.web;

import io.concierge.core.kb.ContentGapDraftService;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideImpl;
import io.concierge.core.kb.search.GuideReindexer;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class GuideReportsControllerTest {

    @Mock
    private SecurityVerifier security;

    @Mock
    private GuideReindexer reindexer;

    @Mock
    private ContentGapDraftService draftService;

    @InjectMocks
    private GuideReportsController controller;

    @Test
    void acceptsWholeNumbersOfVotesFromOneToTheMaximum() {
        assertThat(GuideReportsController.parseMinVotes("1")).isEqualTo(1);
        assertThat(GuideReportsController.parseMinVotes(" 25 ")).isEqualTo(25);
        assertThat(GuideReportsController.parseMinVotes("1000")).isEqualTo(GuideReportsController.MAX_MIN_VOTES);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(GuideReportsController.parseMinVotes(null)).isNull();
        assertThat(GuideReportsController.parseMinVotes("")).isNull();
        assertThat(GuideReportsController.parseMinVotes("0")).isNull();
        assertThat(GuideReportsController.parseMinVotes("1001")).isNull();
        assertThat(GuideReportsController.parseMinVotes("2.5")).isNull();
        assertThat(GuideReportsController.parseMinVotes("many")).isNull();
    }

    @Test
    void whoeverMayMaintainGuidesStartsARebuildAndComesBackToTheProgress() throws Exception {
        String view = controller.startReindex();

        verify(security).securityCheck(Guide.class.getName(), EntityOperationType.UPDATE);
        verify(reindexer).start();
        assertThat(view).isEqualTo("redirect:/guide-reports#cnc-reindex");
        assertThat(controller.mayDo(EntityOperationType.UPDATE)).isTrue();
    }

    @Test
    void whoeverMayOnlyReadGuidesCannotStartARebuildNorSeesTheButton() throws Exception {
        doThrow(new SecurityServiceException("read only")).when(security)
                .securityCheck(Guide.class.getName(), EntityOperationType.UPDATE);

        assertThatThrownBy(() -> controller.startReindex()).isInstanceOf(SecurityServiceException.class);
        verify(reindexer, never()).start();
        assertThat(controller.mayDo(EntityOperationType.UPDATE)).isFalse();
    }

    @Test
    void aDraftForAContentGapOpensInTheGuideEditor() throws Exception {
        Guide draft = new GuideImpl();
        draft.setId(42L);
        when(draftService.draftFor("tent pegs", "en")).thenReturn(draft);

        assertThat(controller.draftForContentGap("tent pegs", "en")).isEqualTo("redirect:/guides/42");
        verify(security).securityCheck(Guide.class.getName(), EntityOperationType.ADD);
    }

    @Test
    void aGapThatIsNotRecordedLeadsBackToTheReport() throws Exception {
        assertThat(controller.draftForContentGap("stale", "en")).isEqualTo("redirect:/guide-reports#cnc-content-gaps");
    }

    @Test
    void whoeverMayNotAddGuidesStartsNoDraft() throws Exception {
        doThrow(new SecurityServiceException("no add")).when(security)
                .securityCheck(Guide.class.getName(), EntityOperationType.ADD);

        assertThatThrownBy(() -> controller.draftForContentGap("tent pegs", "en"))
                .isInstanceOf(SecurityServiceException.class);
        verify(draftService, never()).draftFor(anyString(), anyString());
    }
}
