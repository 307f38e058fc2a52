package dev.entrals.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the code sends once per object of an earlier step's reply, on a route the object's type picks: a
 * {@code switch} on each object's {@code @odata.type} whose cases call different Graph SDK cmdlets
 * ({@code Reset-EntraStrongAuthenticationMethodByUpn}: {@code '#microsoft.graph.emailAuthenticationMethod'
 * { Remove-MgUserAuthenticationEmailMethod -UserId $uid -EmailAuthenticationMethodId $method.Id }}).
 *
 * @param items     the reply's list as a reference ({@code @1.value}: the objects of lookup 1's reply, in order)
 * @param property  the object's property whose value picks the route ({@code @odata.type}); compared in any case, as
 *                  a PowerShell {@code switch} compares strings
 * @param routes    value → the path sent for an object with that value, in the code's order; {@code {@1.value.id}}
 *                  in a path is that object's {@code id}. An object whose value has no route is not sent (the
 *                  switch has no case for it, or an empty {@code Default})
 * @param onFailure null when a failed request stops the run; {@link #CARRY_ON} when the code goes on to the next
 *                  object (a Graph SDK cmdlet's error does not stop the function); {@link #RETRY_LAST} when it also
 *                  sends the last failed object's request once more after the loop
 */
public record ObjectRoutes(String items, String property, Map<String, String> routes, String onFailure) {

    /** A failed request does not stop the loop. */
    public static final String CARRY_ON = "carryOn";

    /** As {@link #CARRY_ON}; after the loop the last object whose request failed is sent once more. */
    public static final String RETRY_LAST = "carryOn|retryLast";

    /** Keeps the order. */
    public ObjectRoutes {
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }
}
