package dev.entrals.graph.derive;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path a Graph SDK cmdlet's call sends ({@link MgDerivation}): its route's item or collection with each
 * {@code {x-id}} filled by the parameter the code passes as the SDK's {@code XId}, the API version in front; and the
 * SDK's names of a path identifier and of a body property.
 */
final class MgPaths {

    private MgPaths() {
    }

    /**
     * Whether the argument is the request object of the action the path ends with: its declared type is the action's
     * name followed by {@code Request} ({@code [Microsoft.Open.MSGraph.Model.SetVerifiedPublisherRequest]} for
     * {@code …/setVerifiedPublisher}), the AzureAD model's form for an action's body.
     */
    static boolean actionRequest(FunctionCode fn, Assignments.Assigned a, String path) {
        String action = path.substring(path.lastIndexOf('/') + 1);
        return !action.startsWith("{") && !action.startsWith("$") && fn.parameter(a.param())
                .map(p -> p.type().replaceFirst(".*\\.", "")).filter((action + "Request")::equalsIgnoreCase).isPresent();
    }

    static boolean isPathId(String key, MgCatalog.MgRoute route) {
        return key.endsWith("id");
    }

    static String choosePath(FunctionCode fn, String set, MgCatalog.MgRoute route,
            Map<String, Assignments.Assigned> bySdk) {
        if (route.item() != null) {
            String item = resolve(route.item(), fn, set, bySdk);
            String last = lastId(route.item());
            Assignments.Assigned lastArg = bySdk.get(last.toLowerCase(Locale.ROOT));
            if (item != null && (route.collection() == null || fn.mandatoryIn(lastArg.param(), set)
                    || SdkLookups.isLookup(lastArg.param())
                    || setSpecific(fn, lastArg.param()))) {
                return withVersion(route, item);
            }
        }
        if (route.collection() != null) {
            String coll = resolve(route.collection(), fn, set, bySdk);
            return coll == null ? null : withVersion(route, coll);
        }
        return null;
    }

    /** Whether a parameter belongs to named sets only (an identifier that picks the set). */
    static boolean setSpecific(FunctionCode fn, String param) {
        return fn.parameter(param).map(p -> p.bindings().size() == 1 && !p.bindings().get(0).inAllSets())
                .orElse(false) && fn.sets().size() > 1;
    }

    static String withVersion(MgCatalog.MgRoute route, String path) {
        return path == null ? null : path.startsWith("/" + route.version() + "/") ? path : "/" + route.version() + path;
    }

    /** The SDK parameter of a path's last identifier ({@code {directoryObject-id}} is {@code DirectoryObjectId}). */
    static String lastId(String path) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        String last = null;
        while (m.find()) {
            last = sdkName(m.group(1));
        }
        return last;
    }

    static String sdkName(String placeholder) {
        String base = placeholder.endsWith("-id") ? placeholder.substring(0, placeholder.length() - 3) + "Id"
                : placeholder;
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** The path with each {@code {x-id}} replaced by {@code {Param}}, or null when one is not bound in the set. */
    static String resolve(String path, FunctionCode fn, String set, Map<String, Assignments.Assigned> bySdk) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Assignments.Assigned a = bySdk.get(sdkName(m.group(1)).toLowerCase(Locale.ROOT));
            if (a == null || a.template() != null || !fn.inSet(a.param(), set) && a.offset() != MgDerivation.PROMPTED
                    && !a.param().equals(Assignments.SESSION) && !SdkLookups.isLookup(a.param())) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement("{" + a.param() + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String jsonName(String sdkParameter) {
        // the SDK names a body property AdministrativeUnitId1 where a path parameter is AdministrativeUnitId
        String name = sdkParameter.matches("\\w+Id1") ? sdkParameter.substring(0, sdkParameter.length() - 1)
                : sdkParameter;
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
