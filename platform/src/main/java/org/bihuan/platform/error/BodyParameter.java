package org.bihuan.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Whether a bean-validation violation is about a resource method's body itself (its parameter
 * without a JAX-RS source annotation), as when a POST comes without a body or with {@code null}:
 * the answer names {@code body}, not the Java parameter's name ({@code input}), which no contract
 * knows.
 */
final class BodyParameter {

  static final String FIELD = "body";

  private BodyParameter() {}

  static boolean isBody(ConstraintViolation<?> v, List<Path.Node> nodes) {
    if (nodes.size() != 1 || nodes.get(0).getKind() != ElementKind.PARAMETER) {
      return false;
    }
    Path.Node method = null;
    for (Path.Node n : v.getPropertyPath()) {
      if (n.getKind() == ElementKind.METHOD) {
        method = n;
      }
    }
    if (method == null || v.getRootBeanClass() == null) {
      return false;
    }
    Path.MethodNode m = method.as(Path.MethodNode.class);
    int index = nodes.get(0).as(Path.ParameterNode.class).getParameterIndex();
    Method declared = find(v.getRootBeanClass(), m.getName(), m.getParameterTypes());
    if (declared == null || index >= declared.getParameterCount()) {
      return false;
    }
    for (Annotation a : declared.getParameterAnnotations()[index]) {
      String pkg = a.annotationType().getPackageName();
      if (pkg.equals("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy.reactive")) {
        return false;
      }
    }
    return true;
  }

  private static Method find(Class<?> type, String name, List<Class<?>> parameters) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(name, parameters.toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        // declared higher up (a CDI subclass of the resource)
      }
    }
    return null;
  }
}
