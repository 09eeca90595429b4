package vn.baocao.render.docx;

import javax.xml.transform.TransformerFactory;

/**
 * Looks up the JAXP transformer implementation once per process (issue 17). POI asks {@link TransformerFactory}
 * for a new factory for every XML part it saves ([Content_Types].xml, each relationship part, the core
 * properties), and with no system property set, JAXP searches every jar on the class path for a service
 * declaration each time (opening and verifying signed jars): two thirds of a warm .docx render. Naming the class
 * that search finds in the system property makes later look-ups take it directly: the same implementation, so the
 * same bytes. A property someone already set is left alone.
 */
final class XmlTransformerLookup {
    private static final String PROPERTY = TransformerFactory.class.getName();

    private XmlTransformerLookup() {
    }

    /** Called from {@link PoiWordDocumentWriter}'s class initialisation, so once per process. */
    static void pin() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, TransformerFactory.newInstance().getClass().getName());
        }
    }
}
