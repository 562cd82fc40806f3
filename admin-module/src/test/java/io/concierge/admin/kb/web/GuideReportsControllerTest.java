package io.concierge.admin.kb.web;

import io.concierge.core.kb.Guide;
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
import static org.mockito.Mockito.verify;

@ExtendWith(MockitoExtension.class)
class GuideReportsControllerTest {

    @Mock
    private SecurityVerifier security;

    @Mock
    private GuideReindexer reindexer;

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
        assertThat(controller.mayMaintainGuides()).isTrue();
    }

    @Test
    void whoeverMayOnlyReadGuidesCannotStartARebuildNorSeesTheButton() throws Exception {
        doThrow(new SecurityServiceException("read only")).when(security)
                .securityCheck(Guide.class.getName(), EntityOperationType.UPDATE);

        assertThatThrownBy(() -> controller.startReindex()).isInstanceOf(SecurityServiceException.class);
        verify(reindexer, never()).start();
        assertThat(controller.mayMaintainGuides()).isFalse();
    }
}
