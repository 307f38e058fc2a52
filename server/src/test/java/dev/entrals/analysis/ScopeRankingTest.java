package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScopeRankingTest {

    @Test
    void readBeforeReadWriteAndSpecificResourceBeforeDirectory() {
        List<List<String>> ranked = ScopeRanking.normalized(List.of(List.of("Directory.Read.All"),
                List.of("Group.ReadWrite.All"), List.of("GroupMember.Read.All"), List.of("Group.Read.All"),
                List.of("GroupMember.ReadWrite.All")));
        assertEquals(List.of(List.of("GroupMember.Read.All"), List.of("Group.Read.All"),
                List.of("GroupMember.ReadWrite.All"), List.of("Group.ReadWrite.All"), List.of("Directory.Read.All")),
                ranked);
    }

    @Test
    void ownedByBeforeAllAndBasicBeforeRead() {
        assertEquals(List.of(List.of("Application.ReadWrite.OwnedBy"), List.of("Application.ReadWrite.All")),
                ScopeRanking.normalized(List.of(List.of("Application.ReadWrite.All"),
                        List.of("Application.ReadWrite.OwnedBy"))));
        assertEquals(List.of(List.of("User.ReadBasic.All"), List.of("User.Read.All")),
                ScopeRanking.normalized(List.of(List.of("User.Read.All"), List.of("User.ReadBasic.All"))));
    }

    @Test
    void aSetGrantedTogetherDropsWhenOneOfItsMembersSufficesAlone() {
        assertEquals(List.of(List.of("Group.ReadWrite.All")), ScopeRanking.normalized(List.of(
                List.of("Group.ReadWrite.All", "Group.Create"), List.of("Group.ReadWrite.All"))));
        assertEquals(List.of(List.of("AuditLog.Read.All", "Directory.Read.All")), ScopeRanking.normalized(List.of(
                List.of("Directory.Read.All", "AuditLog.Read.All"))));
    }

    @Test
    void aResourceTheCmdletNamesComesFirstAtTheSameLevel() {
        assertEquals(List.of(List.of("User.Read.All"), List.of("DeviceManagementApps.Read.All"),
                List.of("User.ReadWrite.All")), ScopeRanking.normalized(List.of(List.of("User.ReadWrite.All"),
                List.of("DeviceManagementApps.Read.All"), List.of("User.Read.All")), "Get-EntraBetaUser"));
    }
}
