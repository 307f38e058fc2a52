package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShownBodyTest {

    @Test
    void secretStringsNumbersAndListsAreMaskedAnywhere() {
        assertEquals("{\"passwordProfile\":{\"password\":\"********\",\"forceChangePasswordNextSignIn\":true},"
                + "\"passwordPolicies\":\"DisablePasswordExpiration\"}", ShownBody.of("{\"passwordProfile\":"
                + "{\"password\":\"Pa55\",\"forceChangePasswordNextSignIn\":true},\"passwordPolicies\":"
                + "\"DisablePasswordExpiration\"}"));
        assertEquals("{\"newPassword\":\"********\",\"currentPassword\":\"********\"}",
                ShownBody.of("{\"newPassword\":12345,\"currentPassword\":\"old\"}"));
        assertEquals("{\"clientSecret\":[\"********\",\"********\"],\"proof\":\"********\"}",
                ShownBody.of("{\"clientSecret\":[\"a\",\"b\"],\"proof\":\"eyJ.x.y\"}"));
        assertEquals("{\"requests\":[{\"body\":{\"secretText\":\"********\",\"displayName\":\"ci\"}}]}",
                ShownBody.of("{\"requests\":[{\"body\":{\"secretText\":\"s3\",\"displayName\":\"ci\"}}]}"));
    }

    @Test
    void aBodyWithoutSecretsOrNotJsonIsShownAsItIs() {
        assertEquals("{\"displayName\":\"Sales\",\"hasPassword\":false}",
                ShownBody.of("{\"displayName\":\"Sales\",\"hasPassword\":false}"));
        assertEquals("<TrustFrameworkPolicy/>", ShownBody.of("<TrustFrameworkPolicy/>"));
    }
}
