import warnings

import torch

torch.manual_seed(0)

w = torch.tensor([1.0, 2.0], requires_grad=True).to(torch.float64)
loss = (w**2).sum()
loss.backward()

print("w.is_leaf:", w.is_leaf, "| w.grad_fn:", type(w.grad_fn).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("w.grad:", w.grad)
for warning in caught:
    first_sentence = str(warning.message).split(". ")[0]
    print(f"{warning.category.__name__}: {first_sentence}.")
leaf = w.grad_fn.next_functions[0][0].variable
print("the leaf behind w:", leaf.dtype, "| its .grad:", leaf.grad)
