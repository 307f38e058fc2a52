package dev.entrals.session;

import com.microsoft.aad.msal4j.AbstractApplicationBase;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.PublicClientApplication;

import java.util.concurrent.ExecutorService;

/** Builds msal4j applications with the session's transport, executor and token cache. */
final class MsalClients {

    private final SessionOptions options;
    private final ExecutorService executor;

    MsalClients(SessionOptions options, ExecutorService executor) {
        this.options = options;
        this.executor = executor;
    }

    SessionOptions options() {
        return options;
    }

    PublicClientApplication publicClient(String clientId, EntraAuthority authority, ITokenCacheAccessAspect cache) {
        PublicClientApplication.Builder b = authority.applyTo(PublicClientApplication.builder(clientId));
        if (cache != null) {
            b.setTokenCacheAccessAspect(cache);
        }
        return transport(b).build();
    }

    ConfidentialClientApplication confidentialClient(String clientId, IClientCredential credential,
                                                     EntraAuthority authority, ITokenCacheAccessAspect cache) {
        ConfidentialClientApplication.Builder b =
                authority.applyTo(ConfidentialClientApplication.builder(clientId, credential));
        if (cache != null) {
            b.setTokenCacheAccessAspect(cache);
        }
        return transport(b).build();
    }

    ManagedIdentityApplication managedIdentity(ManagedIdentityId id) {
        return transport(ManagedIdentityApplication.builder(id)).build();
    }

    private <B extends AbstractApplicationBase.Builder<B>> B transport(B b) {
        b.executorService(executor)
                .logPii(false)
                .connectTimeoutForDefaultHttpClient(options.connectTimeoutMillis())
                .readTimeoutForDefaultHttpClient(options.readTimeoutMillis());
        if (options.sslSocketFactory() != null) {
            b.sslSocketFactory(options.sslSocketFactory());
        }
        return b;
    }
}
