package dev.entrals.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.entrals.graph.RequestEntry.LookupPart;

/**
 * One property of the JSON body, written when {@code param} is bound (or always, for a constant).
 *
 * @param property the JSON property name as the code writes it; {@code a/b} places the value at {@code b} inside
 *                 the object {@code a} (made when absent: a hashtable the code builds key by key and passes as one
 *                 SDK argument); {@value #MERGE} makes the entries of the hashtable argument {@code param}
 *                 properties of the body (the code copies its keys); {@code a/*} places them inside the object
 *                 {@code a}, each key with a small first letter (a Graph SDK argument's model)
 * @param param    the cmdlet parameter whose value it takes, or null for a constant
 * @param template a string template ({@code {0}} is the value; {@code {Param}} another argument), {@link #ARRAY},
 *                 or null for the value as it is (numbers, booleans, lists and hashtables as JSON)
 * @param value    null, or the JSON structure the code writes (a hashtable or array literal), whose string leaves
 *                 are templates: a leaf that is exactly {@code {0}}, {@code {0.Prop}} (a property of the value,
 *                 any case) or {@code {Param}} is that value as it is, JSON null when absent (as PowerShell's
 *                 {@code $null}); other leaves are strings, booleans and numbers as written. With {@link #ARRAY}
 *                 the structure is written once per item of the value ({@code {0}} the item)
 * @param when     null for always; else the part is written only when this condition on the call's arguments
 *                 holds ({@link LookupPart#when()}): a body the code builds in branches on an argument's value,
 *                 or a nested property it sets under a condition
 */
public record BodyPart(String property, String param, String template,
                       @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode value,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String when) {
    /**
     * The template of a list the code starts empty and adds to once per item of the list argument
     * ({@code $l = @(); foreach ($x in $P) { $l += … }}): the part's structure filled once per item, an empty
     * list when the argument is not given.
     */
    public static final String ADDED = "@() += {0}";

    /** A part written whatever the arguments' values (but its own argument's). */
    public BodyPart(String property, String param, String template, JsonNode value) {
        this(property, param, template, value, null);
    }

    /** The same part, written only under this condition. */
    public BodyPart under(String condition) {
        return new BodyPart(property, param, template, value, condition);
    }

    /** The template of a value the code wraps in an array ({@code @($P)}): a list, one value as a one-item list. */
    public static final String ARRAY = "@({0})";

    /** A {@link #listOf} template. */
    private static final java.util.regex.Pattern LIST_OF = java.util.regex.Pattern.compile("@\\(\\{0\\.\\w+}\\)");

    /**
     * The template of the list a property of the value holds ({@code @({0.AddLicenses})}): written as an array,
     * once per item when the part has a structure; an empty array when the value has no such property.
     */
    public static String listOf(String property) {
        return "@({0." + property + "})";
    }

    /** The property a {@link #listOf} template names, or null for another template. */
    public static String listProperty(String template) {
        return template != null && LIST_OF.matcher(template).matches()
                ? template.substring(5, template.length() - 2) : null;
    }

    /**
     * The template of a {@link #MERGE} part that keeps the entries whose value PowerShell counts as true (not
     * null, empty, zero or false: the code's {@code Where-Object {$_.Value}}).
     */
    public static final String NON_EMPTY = "nonEmpty";

    /** As {@link #NON_EMPTY}, every key (nested ones too) lower-cased, as the code's regex rewrites the JSON. */
    public static final String NON_EMPTY_LOWER_KEYS = "nonEmpty|lowerKeys";

    /**
     * The template of an object argument the code hands to the Graph SDK in a form of its own, sent as the SDK's
     * model writes it ({@link #sdkModel}): the value (or the part's structure filled with it), every key with a
     * small first letter at every level, entries whose value is null left out. In the structure, {@code {0.X}}
     * is the value's property X and {@code {0.X|true}} the same written only when the argument's X is one
     * PowerShell counts as true (for a list argument: its member enumeration, as the code's
     * {@code if ($TmpValue.X)}).
     */
    public static final String SDK_MODEL = "sdkModel";

    /**
     * The template of an {@link #SDK_MODEL} part whose argument's properties are each copied one level down
     * ({@code $TmpValue.PSObject.Properties | foreach { if ($_.Value -is [System.Object]) { $n = @{};
     * $_.Value.PSObject.Properties | foreach { $n[$_.Name] = $_.Value }; $Value[$_.Name] = $n } }}), but the one
     * named after the bar, copied as it is ({@code sdkModel|members|clientAppTypes}).
     */
    public static String sdkModelMembers(String asIs) {
        return SDK_MODEL + "|members" + (asIs == null ? "" : "|" + asIs);
    }

    /**
     * In an {@link #SDK_MODEL} structure, the key of an object's condition: the object is written only when the
     * leaf it holds ({@code {0.A|true}}) is ({@code if ($TmpValue.A) { $A = @{}; $A["K"] = $TmpValue.A.K }}).
     */
    public static final String SDK_MODEL_IF = "@if";

    /**
     * An {@link #SDK_MODEL} template: {@code each} sends a list, the structure filled once per item of the
     * argument; {@code json} marks a value passed through {@code ConvertTo-Json} (whose default depth is 2).
     */
    public static String sdkModel(boolean each, boolean json) {
        return SDK_MODEL + (each ? "|each" : "") + (json ? "|json" : "");
    }

    /**
     * The template of an {@link #SDK_MODEL} part whose argument, typed as a Graph SDK model class, has each property
     * that is set copied by its .NET name ({@code $P.PSObject.Properties | ForEach-Object { if ($null -ne $_.Value -and
     * $_.Name -ne 'AdditionalProperties') { $h[$_.Name] = $_.Value } }}): {@code net} keeps the model's name (a capital
     * first letter), {@code camel} writes it with a small one ({@code $_.Name.Substring(0, 1).ToLower() + …});
     * {@code nested}, when not null, names the property whose own set properties are copied the same way, camelCased.
     */
    public static String sdkModelProperties(boolean camel, String nested) {
        return SDK_MODEL + "|properties|" + (camel ? "camel" : "net") + (nested == null ? "" : "|" + nested);
    }

    /**
     * The template of an {@link #SDK_MODEL} part written only with the model argument's list properties named
     * (comma-separated, under those names), each that is not empty a list of its items' set properties by their .NET
     * names ({@code foreach ($t in @('idToken', …)) { if ($P.PSObject.Properties[$t] -and $P.$t) {…} }}).
     */
    public static String sdkModelLists(String names) {
        return SDK_MODEL + "|properties|lists|" + names;
    }

    /**
     * The template of an {@link #SDK_MODEL} part that is the Graph SDK cmdlet's whole {@code -BodyParameter}, a
     * hashtable of one key the code builds in an object argument's block ({@code $Temp = @{ k = @( @{ type =
     * $TmpValue.type … } ) }; $params["BodyParameter"] = $Temp}): the key is the body's property, its structure filled
     * once with the whole argument (a list argument's properties are PowerShell's member enumeration, meant for one
     * item: several items are refused). The SDK takes {@code -BodyParameter} in a parameter set of its own, without its
     * other body arguments: a call also giving an argument the set sends in the body is refused (PowerShell cannot
     * resolve the SDK cmdlet's parameter set).
     */
    public static final String SDK_BODY_PARAMETER = SDK_MODEL + "|bodyParameter";

    /**
     * The template of an {@link #SDK_MODEL} part the code rebuilds from a Graph SDK model argument in its own form
     * ({@code derive.ModelRebuilds}), its {@code value} the recipe {@link SdkModelRebuilds} follows: {@code each} (one
     * object per item of the argument), {@code start} (the literal each object starts with: {@code {0.X}} the item's
     * X, JSON null when unset; {@link ListEdits#NEW_GUID}; {@code {"@each": "{0.X}", "@item": {…}}} a list of a
     * literal per item of X when X is true, else empty), {@code copy} (then the item's set properties by their .NET
     * names; a key there in any case keeps its name and takes the value, as a PowerShell hashtable does),
     * {@code props} (per .NET property: {@code key} and {@code item}, rebuilt item by item under that key;
     * {@code oneOf} and {@code error}, or {@code nonEmpty} and {@code warning}: left out after the message),
     * {@code require} (keys without which the item is left out after its {@code error}), {@code asList} (keys made a
     * list); messages carry {@code at}, the module's file:line.
     */
    public static final String SDK_MODEL_REBUILT = SDK_MODEL + "|rebuilt";

    /** The template of a structure filled once with the whole value and sent as a one-item list. */
    public static final String ONE_ITEM = "@(,{0})";

    /**
     * The property of a part whose argument names a local file sent as the whole body, its {@code template} the
     * content type ({@code image/*}).
     */
    public static final String FILE = "<file>";

    /** A {@link #keys} template. */
    private static final String KEYS = "keys";

    /**
     * The template of an object with one key per item of the list argument, each set to the part's value (filled
     * with the item as {@code {0}}); with a suffix, the key is the item with the suffix added unless it already
     * ends with it (any case): {@code Features = @("PasswordSync")} gives {@code {"PasswordSyncEnabled": …}}.
     */
    public static String keys(String suffix) {
        return suffix == null ? KEYS : KEYS + "|" + suffix;
    }

    /** The suffix of a {@link #keys} template ({@code ""} for none), or null for another template. */
    public static String keySuffix(String template) {
        return template == null || !template.startsWith(KEYS) ? null
                : template.equals(KEYS) ? "" : template.startsWith(KEYS + "|") ? template.substring(KEYS.length() + 1)
                : null;
    }

    /**
     * The template of a part whose value is a lookup's list changed in place with the argument (the part's
     * {@code value} is the operation: {@link ListEdits}).
     */
    public static final String LIST_EDIT = "listEdit";

    /**
     * The property of a part whose argument's text is sent as the whole body, its {@code template} the content
     * type ({@code application/xml}: the module's {@code -Body $Content -ContentType 'application/xml'}).
     */
    public static final String TEXT = "<text>";

    /**
     * The property of a part whose argument names the local file the module writes the reply to
     * ({@code Invoke-GraphRequest … -OutputFilePath $P}); written only once the request has answered.
     */
    public static final String REPLY_FILE = "<reply-file>";

    /**
     * The property of a part whose argument, a {@code [System.Byte[]]} written as a list of numbers (0 to 255), is
     * the whole body, its {@code template} the content type.
     */
    public static final String BYTES = "<bytes>";

    /**
     * Whether a part is one of those that are not a property of a JSON body (a file, bytes given, a text, the
     * reply's file).
     */
    public static boolean local(BodyPart part) {
        return FILE.equals(part.property()) || TEXT.equals(part.property()) || BYTES.equals(part.property())
                || REPLY_FILE.equals(part.property());
    }

    /** How a {@link #parsedBoolean} template starts. */
    public static final String PARSED_BOOLEAN = "bool";

    /**
     * The template of an argument the code parses with {@code [bool]::TryParse($TmpValue, [ref]$Value)} and
     * {@code throw}s {@code message} when it cannot: the argument's text, blanks around it left out, is
     * {@code true} or {@code false} in any case (JSON's boolean); any other text refuses the call with the message,
     * nothing sent (.NET's {@code Boolean.TryParse}).
     */
    public static String parsedBoolean(String message) {
        return PARSED_BOOLEAN + "|" + message;
    }

    /** The message of a {@link #parsedBoolean} template, or null for another template. */
    public static String parseFailure(String template) {
        return template != null && template.startsWith(PARSED_BOOLEAN + "|")
                ? template.substring(PARSED_BOOLEAN.length() + 1) : null;
    }

    /** How a {@link #certificateIds} template starts. */
    public static final String CERTIFICATE_IDS = "certificateUserIds";

    /**
     * The template of the certificate user ids computed from the local certificate file ({@code .cer},
     * {@code .pem}) the part's argument names, those of each kind the list argument {@code kinds} names, in its
     * order ({@code $all = Get-EntraUserCertificateUserIdsFromCertificate -Path $P; foreach ($k in $K) { if
     * ($all.$k) { $l += $all.$k } … }}); the part's value holds the module's messages: {@link #MISSING} (a kind
     * the certificate lacks, {@code {0}} the kind) and {@link #NONE} (none found: the module sends nothing).
     */
    public static String certificateIds(String kinds) {
        return CERTIFICATE_IDS + "|" + kinds;
    }

    /** The key of a {@link #certificateIds} part's warning for a kind the certificate lacks. */
    public static final String MISSING = "missing";

    /** The key of a {@link #certificateIds} part's message when the certificate has none of the kinds. */
    public static final String NONE = "none";

    /**
     * The key of a {@link #certificateIds} part computed from an X509Certificate2 parameter rather than a file name
     * ({@code -Certificate $Cert}; its value the command's parameter): the argument is still a file name, which
     * PowerShell converts with {@code X509Certificate2(string fileName)}, so the file's name need not end with
     * {@code .cer} or {@code .pem} (the module's check for {@code -Path}).
     */
    public static final String CONVERTED = "converted";

    /** The property of a part whose hashtable argument's entries are the body's properties. */
    public static final String MERGE = "*";

    /** A part without a structure. */
    public BodyPart(String property, String param, String template) {
        this(property, param, template, null);
    }
}
